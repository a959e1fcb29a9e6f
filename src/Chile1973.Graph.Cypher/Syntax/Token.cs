namespace Chile1973.Graph.Cypher.Syntax;

/// <summary>
/// One token: its kind, its place in the text (offsets end-exclusive, 1-based line and column) and its value:
/// the name for identifiers and parameters, the decoded text for strings, the magnitude (<see cref="ulong"/>)
/// for integers and the <see cref="double"/> for floats.
/// </summary>
public readonly struct Token(TokenKind kind, int start, int end, int line, int column, object? value = null)
{
    /// <summary>The lexical class.</summary>
    public TokenKind Kind { get; } = kind;

    /// <summary>0-based offset of the first character.</summary>
    public int Start { get; } = start;

    /// <summary>0-based offset just past the last character.</summary>
    public int End { get; } = end;

    /// <summary>1-based line of the first character.</summary>
    public int Line { get; } = line;

    /// <summary>1-based column of the first character.</summary>
    public int Column { get; } = column;

    /// <summary>The typed value (see the type's remarks), null for punctuation.</summary>
    public object? Value { get; } = value;

    /// <summary>The identifier, parameter name or string value.</summary>
    public string Text => Value as string ?? string.Empty;

    /// <summary>Where the token starts, as errors report it.</summary>
    public SourcePosition Position => new(Start, Line, Column);

    /// <summary>Whether this is an unquoted identifier equal to <paramref name="keyword"/>, ignoring case.</summary>
    public bool IsKeyword(string keyword) =>
        Kind == TokenKind.Identifier && string.Equals((string?)Value, keyword, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override string ToString() => Value is null ? $"{Kind} at {Line}:{Column}" : $"{Kind} '{Value}' at {Line}:{Column}";
}
