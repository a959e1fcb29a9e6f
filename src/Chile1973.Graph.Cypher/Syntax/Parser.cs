namespace Chile1973.Graph.Cypher.Syntax;

/// <summary>
/// A recursive-descent parser for openCypher 9 (grammar: https://opencypher.org/resources/, <c>cypher.ebnf</c>
/// of release M23). Split by grammar area: statements here, then clauses, patterns and expressions.
/// </summary>
internal sealed partial class Parser
{
    private const int MaxNestingDepth = 1000;

    private readonly string text;
    private readonly Token[] tokens;
    private readonly StackGuard guard = new(MaxNestingDepth);
    private readonly List<ParseError>? recorded;
    private int index;

    // How many subquery bodies ({ query }) enclose the parse position: recovery stops at the brace that ends one.
    private int subqueryBodies;

    /// <summary>A parser that throws at the first error, or, given <paramref name="recorded"/>, records errors and recovers.</summary>
    public Parser(string text, List<ParseError>? recorded = null)
    {
        this.text = text;
        this.recorded = recorded;
        tokens = [.. Lexer.Tokenize(text)];
    }

    /// <summary>The error as data, its message without the position suffix that the exception text adds.</summary>
    public static ParseError ToParseError(CypherException error, SourcePosition position)
    {
        var suffix = $" ({position})";
        var message = error.Message.EndsWith(suffix, StringComparison.Ordinal) ? error.Message[..^suffix.Length] : error.Message;
        return new ParseError(error.Detail, message, position);
    }

    private Token Current => tokens[index];

    private Token Previous => tokens[index > 0 ? index - 1 : 0];

    /// <summary>The query between the braces of a subquery body; the caller has consumed '{' and expects '}' next.</summary>
    private Statement ParseSubqueryBody()
    {
        subqueryBodies++;
        try
        {
            return ParseQuery();
        }
        finally
        {
            subqueryBodies--;
        }
    }

    /// <summary>Cypher = [SP], Statement, [[SP], ';'], [SP], EOI.</summary>
    public Statement ParseStatement()
    {
        var statement = ParseQuery();
        Eat(TokenKind.Semicolon);
        while (Current.Kind != TokenKind.EndOfInput)
        {
            var error = Unexpected("a clause or the end of the query");
            if (recorded is null)
            {
                throw error;
            }

            Record(error);
            SkipToNextClause(mustAdvance: true);
        }

        return statement;
    }

    /// <summary>RegularQuery = SingleQuery, { [SP], Union } ; Union = UNION [ALL] SingleQuery.</summary>
    private Statement ParseQuery()
    {
        var start = Current;
        var first = ParseSingleQuery();
        if (!Current.IsKeyword("UNION"))
        {
            return first;
        }

        var parts = new List<SingleQuery> { first };
        bool? all = null;
        while (Current.IsKeyword("UNION"))
        {
            var unionToken = Advance();
            var isAll = EatKeyword("ALL");
            if (!isAll)
            {
                // UNION DISTINCT (Neo4j 5) spells out what a bare UNION does.
                EatKeyword("DISTINCT");
            }

            if (all is { } previous && previous != isAll)
            {
                SyntaxErrors.Throw(
                    SyntaxErrors.InvalidClauseComposition,
                    "Invalid combination of UNION and UNION ALL",
                    unionToken.Position);
            }

            all = isAll;
            parts.Add(ParseSingleQuery());
        }

        return new UnionQuery(SpanFrom(start), parts, all ?? false);
    }

    /// <summary>SingleQuery = SinglePartQuery | MultiPartQuery: a chain of clauses, checked for order later.</summary>
    private SingleQuery ParseSingleQuery()
    {
        var start = Current;
        var clauses = new List<Clause>();
        var links = 0;
        var errorsBefore = recorded?.Count ?? 0;
        try
        {
            while (Current.Kind != TokenKind.EndOfInput && Current.Kind != TokenKind.Semicolon
                && Current.Kind != TokenKind.RightBrace && !Current.IsKeyword("UNION"))
            {
                var clauseStart = index;
                try
                {
                    // Each clause stacks its operators on the previous clause's, and rows are pulled through them recursively.
                    guard.Deepen(Current.Position);
                    links++;

                    // Paging right after a projection belongs to it: RETURN n SKIP 1 OFFSET 1 is an error, not two clauses.
                    if (clauses is [.., WithClause or ReturnClause] && (Current.IsKeyword("ORDER") || Current.IsKeyword("SKIP")
                        || Current.IsKeyword("OFFSET") || Current.IsKeyword("LIMIT")))
                    {
                        throw Unexpected("a clause (MATCH, RETURN, WITH, CREATE, ...)");
                    }

                    clauses.Add(ParseClause());
                }
                catch (CypherException error) when (recorded is not null && error.Position is not null)
                {
                    Record(error);
                    SkipToNextClause(mustAdvance: index == clauseStart);
                }
            }
        }
        finally
        {
            guard.Leave(links);
        }

        // A query whose only clause was broken has its error already; it is not also empty.
        if (clauses.Count == 0 && (recorded?.Count ?? 0) == errorsBefore)
        {
            var error = Unexpected("a clause");
            if (recorded is null)
            {
                throw error;
            }

            Record(error);
        }

        // openCypher allows YIELD * only in a standalone CALL (StandaloneCall vs InQueryCall).
        if (clauses.Count > 1 && clauses.OfType<CallClause>().FirstOrDefault(static c => c.YieldAll) is { } call)
        {
            SyntaxErrors.Throw(SyntaxErrors.UnexpectedSyntax, "YIELD * is only allowed in a standalone procedure call", call.Span.Position);
        }

        return new SingleQuery(SpanFrom(start), clauses);
    }

    private void Record(CypherException error) => recorded!.Add(ToParseError(error, error.Position ?? Current.Position));

    // Recovery: drop everything up to the next clause keyword outside brackets (and at least one token when the
    // failed clause consumed nothing, so parsing always moves on).
    private void SkipToNextClause(bool mustAdvance)
    {
        var depth = 0;
        var first = mustAdvance;
        while (Current.Kind != TokenKind.EndOfInput)
        {
            if (!first && depth == 0 && (StartsClause(Current) || Current.IsKeyword("UNION") || Current.Kind == TokenKind.Semicolon
                || (Current.Kind == TokenKind.RightBrace && subqueryBodies > 0)))
            {
                return;
            }

            depth += Current.Kind switch
            {
                TokenKind.LeftParen or TokenKind.LeftBracket or TokenKind.LeftBrace => 1,
                TokenKind.RightParen or TokenKind.RightBracket or TokenKind.RightBrace => depth > 0 ? -1 : 0,
                _ => 0,
            };
            first = false;
            Advance();
        }
    }

    private Token Advance()
    {
        var token = tokens[index];
        if (token.Kind != TokenKind.EndOfInput)
        {
            index++;
        }

        return token;
    }

    private Token PeekAt(int ahead) => tokens[Math.Min(index + ahead, tokens.Length - 1)];

    private bool Eat(TokenKind kind)
    {
        if (Current.Kind != kind)
        {
            return false;
        }

        index++;
        return true;
    }

    private bool EatKeyword(string keyword)
    {
        if (!Current.IsKeyword(keyword))
        {
            return false;
        }

        index++;
        return true;
    }

    private Token Expect(TokenKind kind, string expected)
    {
        if (Current.Kind != kind)
        {
            throw Unexpected(expected);
        }

        return Advance();
    }

    private Token ExpectKeyword(string keyword)
    {
        if (!Current.IsKeyword(keyword))
        {
            throw Unexpected(keyword);
        }

        return Advance();
    }

    /// <summary>The span from <paramref name="start"/> to the end of the last consumed token.</summary>
    private SourceSpan SpanFrom(Token start) => new(start.Start, Math.Max(start.End, Previous.End), start.Line, start.Column);

    private static SourceSpan SpanOf(Token token) => new(token.Start, token.End, token.Line, token.Column);

    private string TextFrom(Token start) => text[start.Start..Math.Max(start.End, Previous.End)];

    private CypherException Unexpected(string expected) => Unexpected(Current, expected);

    private CypherException Unexpected(Token token, string expected)
    {
        if (token.Kind == TokenKind.EndOfInput)
        {
            return SyntaxErrors.Create(SyntaxErrors.UnexpectedSyntax, $"Unexpected end of input: expected {expected}", token.Position);
        }

        var shown = text[token.Start..token.End];
        return SyntaxErrors.Create(SyntaxErrors.UnexpectedSyntax, $"Invalid input '{shown}': expected {expected}", token.Position);
    }
}
