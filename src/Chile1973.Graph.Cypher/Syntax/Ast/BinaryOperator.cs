namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary>Infix operators. A comparison chain <c>a &lt; b &lt;= c</c> is parsed as <c>a &lt; b AND b &lt;= c</c>.</summary>
public enum BinaryOperator
{
    /// <summary><c>OR</c>.</summary>
    Or,

    /// <summary><c>XOR</c>.</summary>
    Xor,

    /// <summary><c>AND</c>.</summary>
    And,

    /// <summary><c>=</c>.</summary>
    Equal,

    /// <summary><c>&lt;&gt;</c>.</summary>
    NotEqual,

    /// <summary><c>&lt;</c>.</summary>
    LessThan,

    /// <summary><c>&lt;=</c>.</summary>
    LessThanOrEqual,

    /// <summary><c>&gt;</c>.</summary>
    GreaterThan,

    /// <summary><c>&gt;=</c>.</summary>
    GreaterThanOrEqual,

    /// <summary><c>+</c> (numbers, strings, lists, temporals).</summary>
    Add,

    /// <summary><c>||</c>: two strings or two lists joined; null if either is null.</summary>
    Concatenate,

    /// <summary><c>-</c>.</summary>
    Subtract,

    /// <summary><c>*</c>.</summary>
    Multiply,

    /// <summary><c>/</c>.</summary>
    Divide,

    /// <summary><c>%</c>.</summary>
    Modulo,

    /// <summary><c>^</c> (always a float).</summary>
    Power,

    /// <summary><c>x IN list</c>.</summary>
    In,

    /// <summary><c>STARTS WITH</c>.</summary>
    StartsWith,

    /// <summary><c>ENDS WITH</c>.</summary>
    EndsWith,

    /// <summary><c>CONTAINS</c>.</summary>
    Contains,

    /// <summary><c>=~</c>: the whole string matches the regular expression.</summary>
    RegexMatch,
}
