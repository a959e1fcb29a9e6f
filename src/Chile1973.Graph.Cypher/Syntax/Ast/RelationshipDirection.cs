namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary>The arrow of a relationship pattern, read left to right.</summary>
public enum RelationshipDirection
{
    /// <summary><c>&lt;-[]-</c>: from the right node to the left one.</summary>
    Left,

    /// <summary><c>-[]-&gt;</c>: from the left node to the right one.</summary>
    Right,

    /// <summary><c>-[]-</c> (or <c>&lt;-[]-&gt;</c>): either way.</summary>
    Both,
}
