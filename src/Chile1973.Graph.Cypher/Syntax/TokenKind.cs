namespace Chile1973.Graph.Cypher.Syntax;

/// <summary>The lexical classes of Cypher. Keywords are identifiers; the parser matches them case-insensitively.</summary>
public enum TokenKind
{
    EndOfInput,
    Identifier,
    EscapedIdentifier,
    Integer,
    Float,
    String,
    Parameter,
    LeftParen,
    RightParen,
    LeftBracket,
    RightBracket,
    LeftBrace,
    RightBrace,
    Comma,
    Dot,
    DotDot,
    Colon,
    Semicolon,
    Pipe,
    Plus,
    PlusEqual,
    Minus,
    Star,
    Slash,
    Percent,
    Caret,
    Equal,
    RegexMatch,
    NotEqual,
    LessThan,
    LessThanOrEqual,
    GreaterThan,
    GreaterThanOrEqual,

    /// <summary><c>&amp;</c>: conjunction in a label expression.</summary>
    Ampersand,

    /// <summary><c>!</c>: negation in a label expression (<c>!=</c> is <see cref="NotEqual"/>).</summary>
    Bang,

    /// <summary><c>||</c>: string and list concatenation (a lone <c>|</c> is <see cref="Pipe"/>).</summary>
    DoublePipe,

    /// <summary><c>::</c>: a type predicate (<c>x :: INTEGER</c>, <c>x IS :: STRING</c>).</summary>
    DoubleColon,

    /// <summary><c>$</c> directly before <c>(</c>: a dynamic label or type, <c>:$(expression)</c>.</summary>
    Dollar,

    /// <summary>A malformed number such as <c>12ab</c>; its value is the error message, raised where an expression was expected.</summary>
    InvalidNumber,
}
