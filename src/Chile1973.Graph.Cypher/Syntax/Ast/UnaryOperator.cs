namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary>Prefix operators.</summary>
public enum UnaryOperator
{
    /// <summary><c>+x</c>.</summary>
    Plus,

    /// <summary><c>-x</c>.</summary>
    Minus,

    /// <summary><c>NOT x</c>.</summary>
    Not,
}
