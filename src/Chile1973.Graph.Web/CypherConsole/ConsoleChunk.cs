namespace Chile1973.Graph.Web.CypherConsole;

/// <summary>
/// One piece of a console result; each field is present only when it has something. The first chunk carries
/// <see cref="Columns"/>; <see cref="Rows"/> are lists of cells in column order, each printed as Cypher prints the
/// value; <see cref="Nodes"/> and <see cref="Edges"/> are the graph elements of those rows; the last chunk carries
/// <see cref="Summary"/>.
/// </summary>
public sealed record ConsoleChunk(
    IReadOnlyList<string>? Columns = null,
    IReadOnlyList<IReadOnlyList<string>>? Rows = null,
    IReadOnlyList<NodeElement>? Nodes = null,
    IReadOnlyList<EdgeElement>? Edges = null,
    ConsoleSummary? Summary = null);

/// <summary>How a console query ended: rows shown, time taken, whether rows were left unread, and the limits in force.</summary>
public sealed record ConsoleSummary(long Rows, double Ms, bool Truncated, int RowLimit, double TimeLimitSeconds);
