using System.Collections.Concurrent;

namespace Chile1973.Graph.Web.Presentations;

/// <summary>Presentations of a single server, expiring by the clock.</summary>
public sealed class MemoryPresentationStore(TimeProvider clock) : IPresentationStore
{
    private readonly ConcurrentDictionary<string, (PresentationState State, DateTimeOffset Expires)> presentations = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public Task<bool> TryCreateAsync(string code, PresentationState state, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        Sweep();
        return Task.FromResult(presentations.TryAdd(code, (state, clock.GetUtcNow() + lifetime)));
    }

    /// <inheritdoc />
    public Task<PresentationState?> GetAsync(string code, CancellationToken cancellationToken) =>
        Task.FromResult(presentations.TryGetValue(code, out var entry) && entry.Expires > clock.GetUtcNow() ? entry.State : null);

    /// <inheritdoc />
    public Task SetIndexAsync(string code, int index, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        presentations.AddOrUpdate(code, _ => throw new KeyNotFoundException(code), (_, entry) => (entry.State with { Index = index }, clock.GetUtcNow() + lifetime));
        return Task.CompletedTask;
    }

    private void Sweep()
    {
        var now = clock.GetUtcNow();
        foreach (var (code, entry) in presentations)
        {
            if (entry.Expires <= now)
            {
                presentations.TryRemove(code, out _);
            }
        }
    }
}
