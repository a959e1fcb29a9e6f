namespace Chile1973.Graph.Cypher.Semantics;

/// <summary>A statement that passed semantic analysis, with what the engine needs to know before planning it.</summary>
public sealed record AnalyzedStatement
{
    /// <summary>The syntax tree that was analysed.</summary>
    public required Statement Statement { get; init; }

    /// <summary>Whether the statement has a write clause (CREATE, MERGE, SET, REMOVE, DELETE), so read mode must reject it.</summary>
    public required bool IsUpdating { get; init; }

    /// <summary>Where the first write clause begins, when there is one.</summary>
    public Core.Querying.SourcePosition? FirstUpdate { get; init; }

    /// <summary>Where the first DELETE without DETACH begins, when there is one.</summary>
    public Core.Querying.SourcePosition? FirstDelete { get; init; }

    /// <summary>The result columns in order (<c>RETURN *</c> expanded, sorted by name); empty when nothing is returned.</summary>
    public IReadOnlyList<string> Columns { get; init; } = [];

    /// <summary>The names of the parameters the statement uses (<c>$name</c>), outside implicit procedure arguments.</summary>
    public IReadOnlySet<string> Parameters { get; init; } = new HashSet<string>();
}
