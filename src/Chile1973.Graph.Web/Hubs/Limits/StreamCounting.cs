using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Chile1973.Graph.Web.Hubs.Limits;

/// <summary>
/// A streaming hub method returns its stream before any item is produced, so the stream is counted
/// open until its enumeration ends: the returned stream is wrapped to close the count then.
/// </summary>
/// <remarks>
/// How a stream of a given type is closed is worked out once per type and kept: every expansion is a stream call,
/// and finding the interfaces and making and invoking the generic wrapper by reflection on each one repeated the same work.
/// </remarks>
internal static class StreamCounting
{
    private static readonly MethodInfo WrapAsyncEnumerable = typeof(StreamCounting).GetMethod(nameof(Wrap), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo WhenChannelCompletes = typeof(StreamCounting).GetMethod(nameof(CloseOnCompletion), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static readonly ConcurrentDictionary<Type, bool> Streams = new();
    private static readonly ConcurrentDictionary<Type, Func<object, ConnectionUse, object>> Closers = new();

    public static bool IsStream(Type returnType) => Streams.GetOrAdd(returnType, static type => StreamItemType(type) is not null);

    public static object? CloseWhenDone(object? stream, ConnectionUse use)
    {
        if (stream is null)
        {
            use.CloseStream();
            return null;
        }

        return Closers.GetOrAdd(stream.GetType(), Closer)(stream, use);
    }

    private static Func<object, ConnectionUse, object> Closer(Type type)
    {
        if (FindGeneric(type, typeof(IAsyncEnumerable<>)) is { } enumerable)
        {
            return WrapAsyncEnumerable.MakeGenericMethod(enumerable.GetGenericArguments()[0]).CreateDelegate<Func<object, ConnectionUse, object>>();
        }

        if (FindBase(type, typeof(ChannelReader<>)) is { } reader)
        {
            return WhenChannelCompletes.MakeGenericMethod(reader.GetGenericArguments()[0]).CreateDelegate<Func<object, ConnectionUse, object>>();
        }

        return static (stream, use) =>
        {
            use.CloseStream();
            return stream;
        };
    }

    private static object CloseOnCompletion<T>(object stream, ConnectionUse use)
    {
        ((ChannelReader<T>)stream).Completion.ContinueWith(_ => use.CloseStream(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return stream;
    }

    private static object Wrap<T>(object stream, ConnectionUse use) => Counted((IAsyncEnumerable<T>)stream, use, CancellationToken.None);

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

    private static Type? StreamItemType(Type type) =>
        (FindGeneric(type, typeof(IAsyncEnumerable<>)) ?? FindBase(type, typeof(ChannelReader<>)))?.GetGenericArguments()[0];

    private static Type? FindGeneric(Type type, Type openInterface) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == openInterface
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == openInterface);

    private static Type? FindBase(Type? type, Type openClass)
    {
        for (; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == openClass)
            {
                return type;
            }
        }

        return null;
    }
}
