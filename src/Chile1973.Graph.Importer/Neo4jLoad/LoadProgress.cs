namespace Chile1973.Graph.Importer.Neo4jLoad;

/// <summary>How far a load has come: the step running and the statements done of all.</summary>
public sealed record LoadProgress(string Step, int StatementsDone, int StatementsTotal, long RowsDone);
