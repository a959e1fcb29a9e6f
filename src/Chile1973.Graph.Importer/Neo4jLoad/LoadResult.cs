namespace Chile1973.Graph.Importer.Neo4jLoad;

/// <summary>What a load did, summed over its statements as Neo4j counted it.</summary>
public sealed record LoadResult(int Statements, long Rows, QueryCounters Counters, TimeSpan Elapsed);
