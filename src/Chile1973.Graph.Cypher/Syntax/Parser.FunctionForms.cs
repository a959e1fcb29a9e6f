namespace Chile1973.Graph.Cypher.Syntax;

/// <summary>Function calls with keyword arguments (Neo4j 5): <c>trim(LEADING 'x' FROM s)</c>, <c>normalize(s, NFKC)</c>.</summary>
internal sealed partial class Parser
{
    private static readonly string[] NormalForms = ["NFC", "NFD", "NFKC", "NFKD"];

    /// <summary>
    /// trim([[BOTH | LEADING | TRAILING] [characters] FROM] source), after 'trim('. The keyword forms become btrim,
    /// ltrim or rtrim calls; a plain first argument is left in <paramref name="arguments"/> for the ordinary call.
    /// </summary>
    private FunctionInvocation? ParseTrimForm(Token start, QualifiedName name, List<Expression> arguments)
    {
        string? side = null;
        if ((Current.IsKeyword("BOTH") || Current.IsKeyword("LEADING") || Current.IsKeyword("TRAILING")) && StartsOperand(PeekAt(1)))
        {
            side = Advance().Text.ToUpperInvariant();
        }

        Expression? characters = null;
        Expression source;
        if (Current.IsKeyword("FROM") && StartsOperand(PeekAt(1)))
        {
            Advance();
            source = ParseExpression();
        }
        else
        {
            var first = ParseExpression();
            if (EatKeyword("FROM"))
            {
                characters = first;
                source = ParseExpression();
            }
            else if (side is not null)
            {
                throw Unexpected("FROM");
            }
            else
            {
                arguments.Add(first);
                return null;
            }
        }

        Expect(TokenKind.RightParen, "')'");
        var function = (side, characters) switch
        {
            ("LEADING", null) => "ltrim",
            ("TRAILING", null) => "rtrim",
            (_, null) => "trim",
            ("LEADING", _) => Functions.TrimForms.Leading,
            ("TRAILING", _) => Functions.TrimForms.Trailing,
            _ => Functions.TrimForms.Both,
        };
        var call = new QualifiedName(name.Span, [], function);
        return new FunctionInvocation(SpanFrom(start), call, false, characters is null ? [source] : [source, characters]);
    }

    // A token after BOTH/LEADING/TRAILING/FROM that makes it the keyword, not a variable of that name: `trim(from)`.
    private static bool StartsOperand(Token next) =>
        next.Kind is TokenKind.String or TokenKind.Parameter or TokenKind.EscapedIdentifier or TokenKind.LeftParen
            or TokenKind.LeftBracket or TokenKind.Integer or TokenKind.Float
        || (next.Kind == TokenKind.Identifier && (next.IsKeyword("FROM") || !ReservedWords.Contains(next.Text) || IsLiteralKeyword(next)));

    /// <summary>[NFC | NFD | NFKC | NFKD] NORMALIZED after IS [NOT]: the form (NFC when not written), or null if absent.</summary>
    private string? ParseNormalizedSuffix()
    {
        if (EatKeyword("NORMALIZED"))
        {
            return "NFC";
        }

        if (!PeekAt(1).IsKeyword("NORMALIZED") || Array.Find(NormalForms, f => Current.IsKeyword(f)) is not { } form)
        {
            return null;
        }

        index += 2;
        return form;
    }

    /// <summary>The normal form of normalize(s, NFKC), written as a bare keyword; a string literal from here on.</summary>
    private StringLiteral? NormalFormArgument()
    {
        if (Current.Kind != TokenKind.Identifier || PeekAt(1).Kind != TokenKind.RightParen
            || Array.Find(NormalForms, f => Current.IsKeyword(f)) is not { } form)
        {
            return null;
        }

        var token = Advance();
        return new StringLiteral(SpanOf(token), form);
    }
}
