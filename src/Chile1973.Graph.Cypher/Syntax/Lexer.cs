using System.Globalization;
using System.Text;

namespace Chile1973.Graph.Cypher.Syntax;

/// <summary>
/// Turns query text into tokens, skipping blanks and <c>//</c> and <c>/* */</c> comments. Follows the lexical
/// rules of the openCypher 9 grammar (https://opencypher.org/resources/, <c>cypher.ebnf</c>).
/// </summary>
public sealed class Lexer(string text)
{
    private readonly string text = text ?? throw new ArgumentNullException(nameof(text));
    private int position;
    private int line = 1;
    private int lineStart;

    /// <summary>Every token of <paramref name="text"/>, ending with <see cref="TokenKind.EndOfInput"/>.</summary>
    public static IReadOnlyList<Token> Tokenize(string text)
    {
        var lexer = new Lexer(text);
        var tokens = new List<Token>();
        Token token;
        do
        {
            token = lexer.Next();
            tokens.Add(token);
        }
        while (token.Kind != TokenKind.EndOfInput);
        return tokens;
    }

    /// <summary>The next token, or <see cref="TokenKind.EndOfInput"/> at the end.</summary>
    public Token Next()
    {
        SkipBlanksAndComments();
        if (position >= text.Length)
        {
            return Make(TokenKind.EndOfInput, position, position);
        }

        var start = position;
        var c = text[position];
        if (IsIdentifierStart(c))
        {
            return LexIdentifier();
        }

        if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(Peek(1))))
        {
            return LexNumber();
        }

        switch (c)
        {
            case '`':
                return LexEscapedIdentifier();
            case '\'':
            case '"':
                return LexString(c);
            case '$':
                return LexParameter();
            case '(': return Single(TokenKind.LeftParen);
            case ')': return Single(TokenKind.RightParen);
            case '[': return Single(TokenKind.LeftBracket);
            case ']': return Single(TokenKind.RightBracket);
            case '{': return Single(TokenKind.LeftBrace);
            case '}': return Single(TokenKind.RightBrace);
            case ',': return Single(TokenKind.Comma);
            case ':': return Peek(1) == ':' ? Double(TokenKind.DoubleColon) : Single(TokenKind.Colon);
            case ';': return Single(TokenKind.Semicolon);
            case '|': return Peek(1) == '|' ? Double(TokenKind.DoublePipe) : Single(TokenKind.Pipe);
            case '-': return Single(TokenKind.Minus);
            case '*': return Single(TokenKind.Star);
            case '/': return Single(TokenKind.Slash);
            case '%': return Single(TokenKind.Percent);
            case '^': return Single(TokenKind.Caret);
            case '.': return Peek(1) == '.' ? Double(TokenKind.DotDot) : Single(TokenKind.Dot);
            case '+': return Peek(1) == '=' ? Double(TokenKind.PlusEqual) : Single(TokenKind.Plus);
            case '=': return Peek(1) == '~' ? Double(TokenKind.RegexMatch) : Single(TokenKind.Equal);
            case '<':
                return Peek(1) switch
                {
                    '=' => Double(TokenKind.LessThanOrEqual),
                    '>' => Double(TokenKind.NotEqual),
                    _ => Single(TokenKind.LessThan),
                };
            case '>': return Peek(1) == '=' ? Double(TokenKind.GreaterThanOrEqual) : Single(TokenKind.GreaterThan);
            case '!':
                return Peek(1) == '=' ? Double(TokenKind.NotEqual) : Single(TokenKind.Bang);
            case '&': return Single(TokenKind.Ampersand);
            default:
                break;
        }

        var where = PositionAt(start);
        if (c > 127)
        {
            // A lone surrogate (half of a character) cannot be converted to a code point; show its code unit.
            var shown = char.IsSurrogatePair(text, start) ? text.Substring(start, 2)
                : char.IsSurrogate(c) ? $"\\u{(int)c:X4}"
                : c.ToString();
            SyntaxErrors.Throw(
                SyntaxErrors.InvalidUnicodeCharacter,
                $"Invalid input '{shown}' (U+{(int)c:X4}): this character has no meaning in Cypher",
                where);
        }

        SyntaxErrors.Throw(SyntaxErrors.UnexpectedSyntax, $"Invalid input '{c}'", where);
        return default;
    }

    private char Peek(int ahead) => position + ahead < text.Length ? text[position + ahead] : '\0';

    private SourcePosition PositionAt(int offset)
    {
        // Offsets before the current line start never occur: every caller points inside the current token.
        return new SourcePosition(offset, line, offset - lineStart + 1);
    }

    private Token Make(TokenKind kind, int start, int end, object? value = null) =>
        new(kind, start, end, line, start - lineStart + 1, value);

    private Token Single(TokenKind kind)
    {
        position++;
        return Make(kind, position - 1, position);
    }

    private Token Double(TokenKind kind)
    {
        position += 2;
        return Make(kind, position - 2, position);
    }

    private void SkipBlanksAndComments()
    {
        while (position < text.Length)
        {
            var c = text[position];
            if (c == '\n')
            {
                position++;
                line++;
                lineStart = position;
            }
            else if (char.IsWhiteSpace(c))
            {
                position++;
            }
            else if (c == '/' && Peek(1) == '/')
            {
                while (position < text.Length && text[position] != '\n')
                {
                    position++;
                }
            }
            else if (c == '/' && Peek(1) == '*')
            {
                var start = PositionAt(position);
                position += 2;
                while (true)
                {
                    if (position >= text.Length)
                    {
                        SyntaxErrors.Throw(SyntaxErrors.UnexpectedSyntax, "Unterminated comment: expected '*/'", start);
                    }

                    if (text[position] == '*' && Peek(1) == '/')
                    {
                        position += 2;
                        break;
                    }

                    if (text[position] == '\n')
                    {
                        line++;
                        lineStart = position + 1;
                    }

                    position++;
                }
            }
            else
            {
                return;
            }
        }
    }

    private static bool IsIdentifierStart(char c) => char.IsLetter(c) || c == '_' || char.GetUnicodeCategory(c) == UnicodeCategory.LetterNumber;

    private static bool IsIdentifierPart(char c) =>
        char.IsLetterOrDigit(c) || c == '_' || char.GetUnicodeCategory(c) is UnicodeCategory.LetterNumber
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.ConnectorPunctuation;

    private Token LexIdentifier()
    {
        var start = position;
        while (position < text.Length && IsIdentifierPart(text[position]))
        {
            position++;
        }

        return Make(TokenKind.Identifier, start, position, text[start..position]);
    }

    private Token LexEscapedIdentifier() => LexQuoted('`', TokenKind.EscapedIdentifier);

    private Token LexParameter()
    {
        var start = position;
        position++;
        string name;
        if (position < text.Length && text[position] == '(')
        {
            return Make(TokenKind.Dollar, start, position, "$");
        }

        if (position < text.Length && text[position] == '`')
        {
            name = LexEscapedIdentifier().Text;
        }
        else if (position < text.Length && IsIdentifierStart(text[position]))
        {
            name = LexIdentifier().Text;
        }
        else if (position < text.Length && char.IsAsciiDigit(text[position]))
        {
            var digitsStart = position;
            while (position < text.Length && char.IsAsciiDigit(text[position]))
            {
                position++;
            }

            name = text[digitsStart..position];
        }
        else
        {
            SyntaxErrors.Throw(SyntaxErrors.UnexpectedSyntax, "Invalid input: expected a parameter name after '$'", PositionAt(start));
            return default;
        }

        return Make(TokenKind.Parameter, start, position, name);
    }

    private Token LexNumber()
    {
        var start = position;
        if (text[position] == '0' && (Peek(1) is 'x' or 'X' or 'o' or 'O'))
        {
            var hex = Peek(1) is 'x' or 'X';
            position += 2;
            var digitsStart = position;
            while (position < text.Length && (hex ? char.IsAsciiHexDigit(text[position]) : text[position] is >= '0' and <= '7'))
            {
                position++;
            }

            if (TryLexMalformedNumber(start) is { } malformedRadix)
            {
                return malformedRadix;
            }

            if (position == digitsStart)
            {
                SyntaxErrors.Throw(SyntaxErrors.InvalidNumberLiteral, $"Invalid number literal '{text[start..position]}'", PositionAt(start));
            }

            return Make(TokenKind.Integer, start, position, ParseRadix(text.AsSpan(digitsStart, position - digitsStart), hex ? 16 : 8, start));
        }

        var isFloat = false;
        while (position < text.Length && char.IsAsciiDigit(text[position]))
        {
            position++;
        }

        if (position < text.Length && text[position] == '.' && char.IsAsciiDigit(Peek(1)))
        {
            isFloat = true;
            position++;
            while (position < text.Length && char.IsAsciiDigit(text[position]))
            {
                position++;
            }
        }

        if (position < text.Length && text[position] is 'e' or 'E')
        {
            var exponentDigits = position + 1;
            if (exponentDigits < text.Length && text[exponentDigits] is '-' or '+')
            {
                exponentDigits++;
            }

            if (exponentDigits < text.Length && char.IsAsciiDigit(text[exponentDigits]))
            {
                isFloat = true;
                position = exponentDigits;
                while (position < text.Length && char.IsAsciiDigit(text[position]))
                {
                    position++;
                }
            }
        }

        if (TryLexMalformedNumber(start) is { } malformed)
        {
            return malformed;
        }

        var literal = text.AsSpan(start, position - start);
        if (isFloat)
        {
            var value = double.Parse(literal, NumberStyles.Float, CultureInfo.InvariantCulture);
            if (double.IsInfinity(value))
            {
                SyntaxErrors.Throw(SyntaxErrors.FloatingPointOverflow, $"Floating point number is too large: {literal}", PositionAt(start));
            }

            return Make(TokenKind.Float, start, position, value);
        }

        if (!ulong.TryParse(literal, NumberStyles.None, CultureInfo.InvariantCulture, out var magnitude) || magnitude > 1UL << 63)
        {
            SyntaxErrors.Throw(SyntaxErrors.IntegerOverflow, $"Integer is too large: {literal}", PositionAt(start));
        }

        return Make(TokenKind.Integer, start, position, magnitude);
    }

    private ulong ParseRadix(ReadOnlySpan<char> digits, int radix, int start)
    {
        ulong value = 0;
        foreach (var d in digits)
        {
            var digit = (ulong)(char.IsAsciiDigit(d) ? d - '0' : (char.ToLowerInvariant(d) - 'a') + 10);
            if (value > ((1UL << 63) - digit) / (ulong)radix)
            {
                SyntaxErrors.Throw(SyntaxErrors.IntegerOverflow, $"Integer is too large: {text[start..position]}", PositionAt(start));
            }

            value = (value * (ulong)radix) + digit;
        }

        return value;
    }

    // A number run into letters (12ab) is one malformed token: an invalid number where a value was expected,
    // plain unexpected syntax elsewhere (e.g. as a map key).
    private Token? TryLexMalformedNumber(int start)
    {
        if (position >= text.Length || !IsIdentifierPart(text[position]))
        {
            return null;
        }

        while (position < text.Length && IsIdentifierPart(text[position]))
        {
            position++;
        }

        return Make(TokenKind.InvalidNumber, start, position, $"Invalid number literal '{text[start..position]}'");
    }

    private Token LexString(char quote) => LexQuoted(quote, TokenKind.String);

    // openCypher StringLiteral ('...' or "..." with backslash escapes) and EscapedSymbolicName (`...`, where a doubled
    // backtick stands for one backtick inside the name).
    private Token LexQuoted(char quote, TokenKind kind)
    {
        var start = position;
        var startLine = line;
        var startColumn = start - lineStart + 1;
        var backslashEscapes = kind == TokenKind.String;
        position++;
        var sb = new StringBuilder();
        while (true)
        {
            if (position >= text.Length)
            {
                var message = backslashEscapes ? $"Unterminated string: expected {quote}" : $"Unterminated quoted name: expected '{quote}'";
                SyntaxErrors.Throw(SyntaxErrors.UnexpectedSyntax, message, new SourcePosition(start, startLine, startColumn));
            }

            var c = text[position];
            if (c == quote)
            {
                if (!backslashEscapes && Peek(1) == quote)
                {
                    sb.Append(quote);
                    position += 2;
                    continue;
                }

                position++;
                break;
            }

            if (backslashEscapes && c == '\\')
            {
                AppendEscape(sb);
                continue;
            }

            if (c == '\n')
            {
                line++;
                lineStart = position + 1;
            }

            sb.Append(c);
            position++;
        }

        return new Token(kind, start, position, startLine, startColumn, sb.ToString());
    }

    // Escapes of openCypher StringLiteral: \\ \' \" \b \f \n \r \t \uXXXX \UXXXXXXXX.
    private void AppendEscape(StringBuilder sb)
    {
        var escapeStart = position;
        var next = Peek(1);
        position += 2;
        switch (next)
        {
            case '\\': sb.Append('\\'); break;
            case '\'': sb.Append('\''); break;
            case '"': sb.Append('"'); break;
            case 'b' or 'B': sb.Append('\b'); break;
            case 'f' or 'F': sb.Append('\f'); break;
            case 'n' or 'N': sb.Append('\n'); break;
            case 'r' or 'R': sb.Append('\r'); break;
            case 't' or 'T': sb.Append('\t'); break;
            case 'u':
                sb.Append(ReadCodePoint(escapeStart, 4));
                break;
            case 'U':
                sb.Append(ReadCodePoint(escapeStart, 8));
                break;
            default:
                // Neo4j keeps an unknown escape as written.
                sb.Append('\\');
                position--;
                break;
        }
    }

    private string ReadCodePoint(int escapeStart, int digits)
    {
        var hex = position + digits <= text.Length ? text.AsSpan(position, digits) : ReadOnlySpan<char>.Empty;
        var codePoint = -1;
        if (hex.Length != digits || !int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out codePoint)
            || codePoint > 0x10FFFF || codePoint is >= 0xD800 and <= 0xDFFF)
        {
            var shown = text.Substring(escapeStart, Math.Min(2 + digits, text.Length - escapeStart));
            SyntaxErrors.Throw(SyntaxErrors.InvalidUnicodeLiteral, $"Invalid input '{shown}': expected a unicode escape of {digits} hexadecimal digits", PositionAt(escapeStart));
        }

        position += digits;
        return char.ConvertFromUtf32(codePoint);
    }
}
