namespace Chile1973.Graph.Tck.Manual;

/// <summary>One example of the Cypher Manual: the graph it needs, the query, and the table the manual prints.</summary>
/// <param name="Id">The case id, <c>&lt;page&gt;#&lt;n&gt;</c>.</param>
/// <param name="Area">The topic the case belongs to (<c>match</c>, <c>patterns-shortest</c>, ...).</param>
/// <param name="Setup">Statements that build the graph, run in order, each on its own.</param>
/// <param name="Query">The query under test.</param>
/// <param name="Parameters">The query's parameters, as CLR values of the port.</param>
/// <param name="Columns">The printed header; null when the manual prints no header (an empty result).</param>
/// <param name="Rows">The printed cells, verbatim.</param>
/// <param name="Ordered">True when row order is part of the answer.</param>
/// <param name="Write">True when the query itself writes.</param>
/// <param name="Nondeterministic">True when only the header and the row count can be compared.</param>
public sealed record ManualCase(
    string Id,
    string Area,
    IReadOnlyList<string> Setup,
    string Query,
    IReadOnlyDictionary<string, object?> Parameters,
    IReadOnlyList<string>? Columns,
    IReadOnlyList<IReadOnlyList<string>> Rows,
    bool Ordered,
    bool Write,
    bool Nondeterministic);
