namespace Chile1973.Graph.Core.Model;

/// <summary>A directed, typed, sourced relationship between two nodes of the knowledge graph.</summary>
/// <param name="Type">UPPER_SNAKE relationship type (<c>MEMBER_OF</c>).</param>
/// <param name="StartId">Id of the node the relationship leaves.</param>
/// <param name="EndId">Id of the node the relationship enters.</param>
public sealed record GraphRelationship(
    string Id,
    string Type,
    string StartId,
    string EndId,
    PartialDate? Start,
    PartialDate? End,
    IReadOnlyDictionary<string, object?> Properties,
    Provenance Provenance,
    SourceLocation? Location = null);
