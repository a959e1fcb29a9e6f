using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Cypher.Syntax;
using Xunit;

namespace Chile1973.Graph.Cypher.Tests.Syntax;

public sealed class LexerTests
{
    [Theory]
    [InlineData("MATCH", TokenKind.Identifier, "MATCH")]
    [InlineData("`odd name`", TokenKind.EscapedIdentifier, "odd name")]
    [InlineData("`a``b`", TokenKind.EscapedIdentifier, "a`b")]
    [InlineData("$param", TokenKind.Parameter, "param")]
    [InlineData("$0", TokenKind.Parameter, "0")]
    [InlineData("$`x y`", TokenKind.Parameter, "x y")]
    [InlineData("'it''s'", TokenKind.String, "it")]
    [InlineData("'a\\'b'", TokenKind.String, "a'b")]
    [InlineData("\"a\\\"b\"", TokenKind.String, "a\"b")]
    [InlineData("'tab\\there'", TokenKind.String, "tab\there")]
    [InlineData("'\\u00e9t\\u00E9'", TokenKind.String, "été")]
    [InlineData("'\\U0001F600'", TokenKind.String, "😀")]
    [InlineData("'back\\\\slash'", TokenKind.String, "back\\slash")]
    [InlineData("'🧐🍌❖⋙⚐'", TokenKind.String, "🧐🍌❖⋙⚐")]
    public void Lexer_reads_the_value_when_given_a_name_parameter_or_string(string text, TokenKind kind, string value)
    {
        var token = Lexer.Tokenize(text)[0];

        Assert.Equal(kind, token.Kind);
        Assert.Equal(value, token.Text);
    }

    [Theory]
    [InlineData("0", 0UL)]
    [InlineData("42", 42UL)]
    [InlineData("9223372036854775807", 9223372036854775807UL)]
    [InlineData("9223372036854775808", 9223372036854775808UL)]
    [InlineData("0x1F", 31UL)]
    [InlineData("0XfF", 255UL)]
    [InlineData("0o17", 15UL)]
    public void Lexer_reads_the_magnitude_when_given_an_integer(string text, ulong magnitude)
    {
        var token = Lexer.Tokenize(text)[0];

        Assert.Equal(TokenKind.Integer, token.Kind);
        Assert.Equal(magnitude, token.Value);
    }

    [Theory]
    [InlineData("1.5", 1.5)]
    [InlineData(".5", 0.5)]
    [InlineData("1e3", 1000.0)]
    [InlineData("1E-3", 0.001)]
    [InlineData(".1e9", 1e8)]
    [InlineData("123456789e300", 1.23456789e308)]
    public void Lexer_reads_the_value_when_given_a_float(string text, double value)
    {
        var token = Lexer.Tokenize(text)[0];

        Assert.Equal(TokenKind.Float, token.Kind);
        Assert.Equal(value, (double)token.Value!);
    }

    [Theory]
    [InlineData("-->", new[] { TokenKind.Minus, TokenKind.Minus, TokenKind.GreaterThan })]
    [InlineData("<-[", new[] { TokenKind.LessThan, TokenKind.Minus, TokenKind.LeftBracket })]
    [InlineData("<> <= >= =~ +=", new[] { TokenKind.NotEqual, TokenKind.LessThanOrEqual, TokenKind.GreaterThanOrEqual, TokenKind.RegexMatch, TokenKind.PlusEqual })]
    [InlineData("*1..3", new[] { TokenKind.Star, TokenKind.Integer, TokenKind.DotDot, TokenKind.Integer })]
    [InlineData("a[..2]", new[] { TokenKind.Identifier, TokenKind.LeftBracket, TokenKind.DotDot, TokenKind.Integer, TokenKind.RightBracket })]
    [InlineData("n.name", new[] { TokenKind.Identifier, TokenKind.Dot, TokenKind.Identifier })]
    [InlineData("a // line comment\n/* block\ncomment */ b", new[] { TokenKind.Identifier, TokenKind.Identifier })]
    [InlineData("12ab", new[] { TokenKind.InvalidNumber })]
    [InlineData("'a'||'b'", new[] { TokenKind.String, TokenKind.DoublePipe, TokenKind.String })]
    [InlineData("| |", new[] { TokenKind.Pipe, TokenKind.Pipe })]
    [InlineData("|:", new[] { TokenKind.Pipe, TokenKind.Colon })]
    [InlineData("x::INTEGER", new[] { TokenKind.Identifier, TokenKind.DoubleColon, TokenKind.Identifier })]
    [InlineData(": :", new[] { TokenKind.Colon, TokenKind.Colon })]
    public void Lexer_splits_punctuation_and_skips_comments(string text, TokenKind[] kinds)
    {
        var tokens = Lexer.Tokenize(text);

        Assert.Equal([.. kinds, TokenKind.EndOfInput], tokens.Select(static t => t.Kind));
    }

    [Fact]
    public void Lexer_reports_line_and_column_of_each_token_across_lines()
    {
        var tokens = Lexer.Tokenize("MATCH (n)\n  RETURN n");

        var ret = tokens.Single(static t => t.IsKeyword("return"));
        Assert.Equal(2, ret.Line);
        Assert.Equal(3, ret.Column);
        Assert.Equal(12, ret.Start);
        Assert.Equal(18, ret.End);
    }

    [Theory]
    [InlineData("'\\uH'", "InvalidUnicodeLiteral", 1, 2)]
    [InlineData("'\\u12'", "InvalidUnicodeLiteral", 1, 2)]
    [InlineData("RETURN 42 — 41", "InvalidUnicodeCharacter", 1, 11)]
    [InlineData("RETURN 9223372036854775809", "IntegerOverflow", 1, 8)]
    [InlineData("RETURN 0x8000000000000001", "IntegerOverflow", 1, 8)]
    [InlineData("RETURN 1.34E999", "FloatingPointOverflow", 1, 8)]
    [InlineData("RETURN\n  'open", "UnexpectedSyntax", 2, 3)]
    [InlineData("RETURN 1 /* open", "UnexpectedSyntax", 1, 10)]
    [InlineData("RETURN #", "UnexpectedSyntax", 1, 8)]
    public void Lexer_raises_a_syntax_error_at_the_offending_character_when_the_text_is_malformed(string text, string detail, int line, int column)
    {
        var error = Assert.Throws<CypherException>(() => Lexer.Tokenize(text));

        Assert.Equal(CypherErrorKind.SyntaxError, error.Kind);
        Assert.Equal(CypherErrorPhase.CompileTime, error.Phase);
        Assert.Equal(detail, error.Detail);
        Assert.Equal(line, error.Position!.Value.Line);
        Assert.Equal(column, error.Position!.Value.Column);
    }

    [Fact]
    public void Keyword_matching_ignores_case_but_not_quoting()
    {
        var tokens = Lexer.Tokenize("match `MATCH`");

        Assert.True(tokens[0].IsKeyword("MATCH"));
        Assert.False(tokens[1].IsKeyword("MATCH"));
    }
}
