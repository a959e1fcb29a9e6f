namespace Chile1973.Graph.Core.Querying;

/// <summary>
/// An engine that knows when its graph changes. The same read-only template with the same parameters
/// answers the same at the same version, so callers may keep answers keyed by it.
/// </summary>
public interface IGraphVersionSource
{
    /// <summary>Changes whenever a write commits; never goes back.</summary>
    long GraphVersion { get; }
}
