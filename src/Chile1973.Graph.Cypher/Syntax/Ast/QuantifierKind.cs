namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary>The list predicate functions.</summary>
public enum QuantifierKind
{
    /// <summary><c>all(...)</c>.</summary>
    All,

    /// <summary><c>any(...)</c>.</summary>
    Any,

    /// <summary><c>none(...)</c>.</summary>
    None,

    /// <summary><c>single(...)</c>.</summary>
    Single,
}
