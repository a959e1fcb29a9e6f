using System.Reflection;
using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Chile1973.Graph.Web.Hubs.Limits;

/// <summary>
/// A streaming hub method returns its stream before any item is produced, so the stream is counted
/// open until its enumeration ends: the returned stream is wrapped to close the count then.
/// </summary>
internal static class StreamCounting
{
    private static readonly MethodInfo WrapAsyncEnumerable = typeof(StreamCounting).GetMethod(nameof(Counted), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static bool IsStream(Type returnType) => StreamItemType(returnType) is not null;

    public static object? CloseWhenDone(object? stream, ConnectionUse use)
    {
        if (stream is null)
        {
            use.CloseStream();
            return null;
        }

        var type = stream.GetType();
        if (FindGeneric(type, typeof(IAsyncEnumerable<>)) is { } enumerable)
        {
            return WrapAsyncEnumerable.MakeGenericMethod(enumerable.GetGenericArguments()[0]).Invoke(null, [stream, use, CancellationToken.None]);
        }

        if (FindBase(type, typeof(ChannelReader<>)) is not null)
        {
            var completion = (Task)type.GetProperty(nameof(ChannelReader<int>.Completion))!.GetValue(stream)!;
            completion.ContinueWith(_ => use.CloseStream(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            return stream;
        }

        use.CloseStream();
        return stream;
    }

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
