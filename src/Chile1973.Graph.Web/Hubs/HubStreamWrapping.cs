using System.Collections.Concurrent;
using System.Reflection;

namespace Chile1973.Graph.Web.Hubs;

/// <summary>Something a hub filter does to the items of a stream a hub method returned.</summary>
internal interface IHubStreamWrapper
{
    /// <summary>The stream the client is sent instead of <paramref name="stream"/>.</summary>
    IAsyncEnumerable<T> Wrap<T>(IAsyncEnumerable<T> stream);
}

/// <summary>
/// A streaming hub method returns its stream before any item is produced, out of a hub filter's reach: what a filter
/// does about the items (explaining a failure, counting the stream open until it ends) it does by wrapping the stream
/// returned. How a stream of a given type is wrapped is worked out once per type and kept, since every expansion is a
/// stream call and finding the interface and making the generic call by reflection each time repeated the same work.
/// </summary>
internal static class HubStreamWrapping
{
    private static readonly MethodInfo WrapAs = typeof(HubStreamWrapping).GetMethod(nameof(Wrap), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static readonly ConcurrentDictionary<Type, Func<object, IHubStreamWrapper, object>?> Wrappers = new();

    /// <summary>
    /// <paramref name="result"/> wrapped by <paramref name="wrapper"/> when it is an <see cref="IAsyncEnumerable{T}"/>;
    /// null when it is anything else (or null), for the caller to deal with.
    /// </summary>
    public static object? TryWrap(object? result, IHubStreamWrapper wrapper) =>
        result is not null && Wrappers.GetOrAdd(result.GetType(), Wrapper) is { } wrap ? wrap(result, wrapper) : null;

    /// <summary>The item type of an <see cref="IAsyncEnumerable{T}"/> type, or null for any other type.</summary>
    public static Type? ItemType(Type type) =>
        (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>)))
        ?.GetGenericArguments()[0];

    private static Func<object, IHubStreamWrapper, object>? Wrapper(Type type) =>
        ItemType(type) is { } item ? WrapAs.MakeGenericMethod(item).CreateDelegate<Func<object, IHubStreamWrapper, object>>() : null;

    private static object Wrap<T>(object stream, IHubStreamWrapper wrapper) => wrapper.Wrap((IAsyncEnumerable<T>)stream);
}
