namespace Chile1973.Graph.Core.Querying;

/// <summary>When an error was found: before any row was produced, or while running.</summary>
public enum CypherErrorPhase
{
    CompileTime,
    Runtime,
}
