namespace Chile1973.Graph.Web.Presentations;

/// <summary>Where presentations live: in memory for one server, in Redis when several serve the same page.</summary>
public interface IPresentationStore
{
    /// <summary>Stores a new presentation under <paramref name="code"/>; false when the code is taken.</summary>
    Task<bool> TryCreateAsync(string code, PresentationState state, TimeSpan lifetime, CancellationToken cancellationToken);

    /// <summary>The presentation under <paramref name="code"/>, or null when there is none or it expired.</summary>
    Task<PresentationState?> GetAsync(string code, CancellationToken cancellationToken);

    /// <summary>Moves the presentation to step <paramref name="index"/> and renews its lifetime.</summary>
    Task SetIndexAsync(string code, int index, TimeSpan lifetime, CancellationToken cancellationToken);
}
