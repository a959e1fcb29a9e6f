namespace Chile1973.Graph.Core.Model;

/// <summary>An entity of the knowledge graph as curated in the graph files.</summary>
/// <param name="Id">Stable human-readable id, lower snake case (<c>salvador_allende</c>).</param>
/// <param name="Properties">Extra typed properties (long, double, bool, string, or arrays of those).</param>
public sealed record GraphNode(
    string Id,
    NodeKind Kind,
    string Name,
    IReadOnlyList<string> Aliases,
    PartialDate? Start,
    PartialDate? End,
    string? Description,
    IReadOnlyDictionary<string, object?> Properties,
    Provenance Provenance,
    SourceLocation? Location = null);
