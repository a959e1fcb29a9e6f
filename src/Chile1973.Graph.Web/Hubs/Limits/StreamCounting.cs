using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Chile1973.Graph.Web.Hubs.Limits;

/// <summary>
/// A streaming hub method returns its stream before any item is produced, so the stream is counted
/// open until its enumeration ends: the returned stream is wrapped to close the count then
/// (<see cref="HubStreamWrapping"/>), or a channel's completion closes it.
/// </summary>
internal static class StreamCounting
{
    private static readonly MethodInfo WhenChannelCompletes = typeof(StreamCounting).GetMethod(nameof(CloseOnCompletion), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static readonly ConcurrentDictionary<Type, bool> Streams = new();
    private static readonly ConcurrentDictionary<Type, Func<object, ConnectionUse, object>?> ChannelClosers = new();

    public static bool IsStream(Type returnType) =>
        Streams.GetOrAdd(returnType, static type => HubStreamWrapping.ItemType(type) is not null || ChannelItemType(type) is not null);

    public static object? CloseWhenDone(object? stream, ConnectionUse use)
    {
        if (HubStreamWrapping.TryWrap(stream, new Counting(use)) is { } counted)
        {
            return counted;
        }

        if (stream is not null && ChannelClosers.GetOrAdd(stream.GetType(), ChannelCloser) is { } close)
        {
            return close(stream, use);
        }

        use.CloseStream();
        return stream;
    }

    private static Func<object, ConnectionUse, object>? ChannelCloser(Type type) =>
        ChannelItemType(type) is { } item ? WhenChannelCompletes.MakeGenericMethod(item).CreateDelegate<Func<object, ConnectionUse, object>>() : null;

    private static object CloseOnCompletion<T>(object stream, ConnectionUse use)
    {
        ((ChannelReader<T>)stream).Completion.ContinueWith(_ => use.CloseStream(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return stream;
    }

    private static Type? ChannelItemType(Type? type)
    {
        for (; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ChannelReader<>))
            {
                return type.GetGenericArguments()[0];
            }
        }

        return null;
    }

    // Closes the count when the stream's enumeration ends, however it ends.
    private sealed class Counting(ConnectionUse use) : IHubStreamWrapper
    {
        public IAsyncEnumerable<T> Wrap<T>(IAsyncEnumerable<T> stream) => Counted(stream, use, CancellationToken.None);

        private static async IAsyncEnumerable<T> Counted<T>(IAsyncEnumerable<T> source, ConnectionUse use, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            try
            {
                await foreach (var item in source.WithCancellation(cancellationToken))
                {
                    yield return item;
                }
            }
            finally
            {
                use.CloseStream();
            }
        }
    }
}
