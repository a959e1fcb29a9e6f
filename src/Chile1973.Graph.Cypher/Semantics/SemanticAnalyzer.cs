namespace Chile1973.Graph.Cypher.Semantics;

/// <summary>
/// Compile-time checks on a parsed statement, as openCypher defines them: variable scope across clauses,
/// WITH and UNION, binding rules of MATCH, CREATE and MERGE, aggregation rules and the types known before running.
/// </summary>
public static class SemanticAnalyzer
{
    /// <summary>
    /// Checks <paramref name="statement"/>; throws <c>CypherException</c> (compile time, with the TCK detail code
    /// and the position) when it is invalid, otherwise returns what the engine needs to know about it.
    /// </summary>
    public static AnalyzedStatement Analyze(Statement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var analyzer = new QueryAnalyzer();
        var columns = analyzer.AnalyzeStatement(statement, outer: null);
        return new AnalyzedStatement
        {
            Statement = statement,
            IsUpdating = analyzer.IsUpdating,
            FirstUpdate = analyzer.FirstUpdate,
            FirstDelete = analyzer.FirstDelete,
            Columns = columns,
            Parameters = analyzer.Parameters,
        };
    }
}
