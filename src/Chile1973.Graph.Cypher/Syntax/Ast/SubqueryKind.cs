namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary>The kind of a subquery expression.</summary>
public enum SubqueryKind
{
    /// <summary><c>EXISTS { ... }</c>: true when at least one row.</summary>
    Exists,

    /// <summary><c>COUNT { ... }</c>: the number of rows.</summary>
    Count,

    /// <summary><c>COLLECT { ... }</c>: the list of the single returned column's values.</summary>
    Collect,
}
