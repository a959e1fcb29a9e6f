namespace Chile1973.Graph.Cypher.Syntax;

internal sealed partial class Parser
{
    /// <summary>Pattern = PatternPart, { ',', PatternPart }.</summary>
    private Pattern ParsePattern()
    {
        var start = Current;
        var parts = new List<PatternPart>();
        do
        {
            parts.Add(ParsePatternPart());
        }
        while (Eat(TokenKind.Comma));

        return new Pattern(SpanFrom(start), parts);
    }

    /// <summary>
    /// PatternPart = [Variable, '='], [PathSelector], (AnonymousPatternPart | ParenthesizedPath);
    /// ParenthesizedPath = '(', [Variable, '='], PatternElement, [WHERE, Expression], ')' (Neo4j 5).
    /// </summary>
    private PatternPart ParsePatternPart()
    {
        var start = Current;
        Variable? pathVariable = null;
        if (IsDeclaredNameToken(Current) && PeekAt(1).Kind == TokenKind.Equal)
        {
            pathVariable = ParseDeclaredName();
            Advance();
        }

        var kind = PathKind.All;
        PatternElement element;
        PathSelector? selector = null;
        Expression? where = null;
        if (Current.Kind == TokenKind.Identifier && PeekAt(1).Kind == TokenKind.LeftParen
            && (Current.IsKeyword("shortestPath") || Current.IsKeyword("allShortestPaths")))
        {
            kind = Current.IsKeyword("shortestPath") ? PathKind.Shortest : PathKind.AllShortest;
            Advance();
            Advance();
            element = ParsePatternElement();
            Expect(TokenKind.RightParen, "')'");
            return new PatternPart(SpanFrom(start), pathVariable, kind, element);
        }

        if (Current.Kind == TokenKind.Identifier && (Current.IsKeyword("ANY") || Current.IsKeyword("ALL") || Current.IsKeyword("SHORTEST")))
        {
            selector = ParsePathSelector();
        }

        // A parenthesized path with its own path variable or WHERE: (p = (a)--+(b) WHERE length(p) > 2).
        if (Current.Kind == TokenKind.LeftParen && IsDeclaredNameToken(PeekAt(1)) && PeekAt(2).Kind == TokenKind.Equal)
        {
            Advance();
            if (pathVariable is not null)
            {
                SyntaxErrors.Throw(SyntaxErrors.InvalidRelationshipPattern, "A path pattern can have only one path variable", Current.Position);
            }

            pathVariable = ParseDeclaredName();
            Advance();
            element = ParsePatternElement();
            where = ParseInlineWhere();
            Expect(TokenKind.RightParen, "')'");
            return new PatternPart(SpanFrom(start), pathVariable, kind, element, selector, where);
        }

        // A whole path in parentheses with a WHERE, ((a)-->+(b) WHERE ...), is the path itself with a pre-filter.
        if (StartsParenthesizedPath())
        {
            var saved = index;
            Advance();
            var inner = ParsePatternElement();
            var innerWhere = ParseInlineWhere();
            if (innerWhere is not null && Eat(TokenKind.RightParen) && ParsePathQuantifier() is null && !IsRelationshipStart() && !StartsParenthesizedPath())
            {
                return new PatternPart(SpanFrom(start), pathVariable, kind, inner, selector, innerWhere);
            }

            index = saved;
        }

        element = ParsePatternElement();
        return new PatternPart(SpanFrom(start), pathVariable, kind, element, selector, where);
    }

    /// <summary>
    /// PathSelector = ANY [k] [PATH|PATHS] | ALL [PATH|PATHS] | ALL SHORTEST [PATH|PATHS] | ANY SHORTEST [PATH|PATHS]
    /// | SHORTEST k [PATH|PATHS] | SHORTEST [k] [PATH|PATHS] (GROUP|GROUPS).
    /// </summary>
    private PathSelector ParsePathSelector()
    {
        var start = Current;
        PathSelectorKind kind;
        Expression? count = null;
        if (Current.IsKeyword("ALL"))
        {
            Advance();
            kind = EatKeyword("SHORTEST") ? PathSelectorKind.AllShortest : PathSelectorKind.All;
        }
        else if (Current.IsKeyword("ANY"))
        {
            Advance();
            if (EatKeyword("SHORTEST"))
            {
                kind = PathSelectorKind.Shortest;
            }
            else
            {
                kind = PathSelectorKind.Any;
                count = ParseSelectorCount(required: false);
            }
        }
        else
        {
            Advance();
            count = ParseSelectorCount(required: false);
            EatPathOrPaths();
            kind = EatKeyword("GROUPS") || EatKeyword("GROUP") ? PathSelectorKind.ShortestGroups : PathSelectorKind.Shortest;
            if (kind == PathSelectorKind.Shortest && count is null)
            {
                SyntaxErrors.Throw(SyntaxErrors.InvalidRelationshipPattern, "SHORTEST needs the number of paths (SHORTEST 1) or GROUPS", Current.Position);
            }

            return new PathSelector(SpanFrom(start), kind, count);
        }

        EatPathOrPaths();
        return new PathSelector(SpanFrom(start), kind, count);
    }

    private Expression? ParseSelectorCount(bool required)
    {
        if (Current.Kind == TokenKind.Integer)
        {
            var token = Current;
            var value = ParseRangeBound();
            return new IntegerLiteral(SpanOf(token), value);
        }

        if (Current.Kind == TokenKind.Parameter)
        {
            return ParseParameter();
        }

        if (required)
        {
            SyntaxErrors.Throw(SyntaxErrors.InvalidRelationshipPattern, "A number of paths was expected", Current.Position);
        }

        return null;
    }

    private void EatPathOrPaths()
    {
        if (!EatKeyword("PATHS"))
        {
            EatKeyword("PATH");
        }
    }

    /// <summary>
    /// PatternElement = (NodePattern | QuantifiedPath), { PatternElementChain | QuantifiedPath, [NodePattern] };
    /// redundant parentheses around a whole chain are dropped. A quantified path pattern next to another pattern
    /// or at either end of the chain meets it in an anonymous node, as in Neo4j 5.
    /// </summary>
    private PatternElement ParsePatternElement()
    {
        using var scope = guard.Enter(Current.Position);
        var start = Current;
        NodePattern node;
        var steps = new List<PatternStep>();
        if (StartsParenthesizedPath())
        {
            var groupStart = Current;
            Advance();
            var inner = ParsePatternElement();
            var innerWhere = ParseInlineWhere();
            Expect(TokenKind.RightParen, "')'");
            var quantifier = ParsePathQuantifier();
            if (quantifier is null && innerWhere is null && !StartsParenthesizedPath() && !IsRelationshipStart())
            {
                return inner with { Span = SpanFrom(start) };
            }

            node = ImplicitNode(groupStart);
            steps.Add(GroupStep(groupStart, inner, innerWhere, quantifier ?? new Quantifier(SpanOf(Current) with { End = Current.Start }, 1, 1)));
        }
        else
        {
            node = ParseNodePattern();
        }

        while (true)
        {
            var stepStart = Current;
            if (IsRelationshipStart())
            {
                var relationship = ParseRelationshipPattern();
                var next = StartsParenthesizedPath() ? ImplicitNode(Current) : ParseNodePattern();
                steps.Add(new PatternStep(SpanFrom(stepStart), relationship, next));
            }
            else if (StartsParenthesizedPath())
            {
                Advance();
                var inner = ParsePatternElement();
                var innerWhere = ParseInlineWhere();
                Expect(TokenKind.RightParen, "')'");
                var quantifier = ParsePathQuantifier();
                if (quantifier is null)
                {
                    SyntaxErrors.Throw(SyntaxErrors.InvalidRelationshipPattern, "A quantifier (+, *, {m,n}) was expected after the parenthesized path", Current.Position);
                }

                steps.Add(GroupStep(stepStart, inner, innerWhere, quantifier));
            }
            else
            {
                break;
            }
        }

        return new PatternElement(SpanFrom(start), node, steps);
    }

    // A quantified path pattern, with the node that follows it (written next to it, or an anonymous one).
    private PatternStep GroupStep(Token start, PatternElement inner, Expression? where, Quantifier quantifier)
    {
        if (inner.Steps.Count == 0)
        {
            SyntaxErrors.Throw(SyntaxErrors.InvalidRelationshipPattern, "A quantified path pattern needs at least one relationship", start.Position);
        }

        if (inner.Steps.Any(static s => s.Group is not null || s.Relationship.Length is not null))
        {
            SyntaxErrors.Throw(SyntaxErrors.InvalidRelationshipPattern, "Quantified path patterns and variable-length relationships cannot be nested", start.Position);
        }

        var group = new QuantifiedPath(SpanFrom(start), inner, where, quantifier);
        var hops = inner.Steps.Count;
        var standIn = new RelationshipPattern(group.Span, null, [], RelationshipDirection.Both, null,
            new LengthRange(quantifier.Span, quantifier.Min * hops, quantifier.Max * hops));
        var next = Current.Kind == TokenKind.LeftParen && !StartsParenthesizedPath() ? ParseNodePattern() : ImplicitNode(Current);
        return new PatternStep(SpanFrom(start), standIn, next, group);
    }

    private bool StartsParenthesizedPath() => Current.Kind == TokenKind.LeftParen && PeekAt(1).Kind == TokenKind.LeftParen;

    private NodePattern ImplicitNode(Token at) => new(SpanOf(at) with { End = at.Start }, null, [], null);

    /// <summary>Quantifier = '+' | '*' | '{', [Integer], [',', [Integer]], '}' (Neo4j 5); null when none follows.</summary>
    private Quantifier? ParsePathQuantifier()
    {
        var start = Current;
        if (Eat(TokenKind.Plus))
        {
            return new Quantifier(SpanFrom(start), 1, null);
        }

        if (Eat(TokenKind.Star))
        {
            return new Quantifier(SpanFrom(start), 0, null);
        }

        if (Current.Kind != TokenKind.LeftBrace || PeekAt(1).Kind is not (TokenKind.Integer or TokenKind.Comma))
        {
            return null;
        }

        Advance();
        long? min = Current.Kind == TokenKind.Integer ? ParseRangeBound() : null;
        long? max = min;
        if (Eat(TokenKind.Comma))
        {
            max = Current.Kind == TokenKind.Integer ? ParseRangeBound() : null;
        }

        Expect(TokenKind.RightBrace, "'}' to close the quantifier");
        if (min > max)
        {
            SyntaxErrors.Throw(SyntaxErrors.InvalidRelationshipPattern, $"A quantifier's lower bound ({min}) cannot exceed its upper bound ({max})", start.Position);
        }

        if (max == 0)
        {
            SyntaxErrors.Throw(SyntaxErrors.InvalidRelationshipPattern, "A quantifier's upper bound must be at least 1", start.Position);
        }

        return new Quantifier(SpanFrom(start), min ?? 0, max);
    }

    private bool IsRelationshipStart() =>
        Current.Kind == TokenKind.Minus || (Current.Kind == TokenKind.LessThan && PeekAt(1).Kind == TokenKind.Minus);

    /// <summary>NodePattern = '(', [Variable], [LabelExpression], [Properties], [WHERE, Expression], ')'.</summary>
    private NodePattern ParseNodePattern()
    {
        var start = Expect(TokenKind.LeftParen, "'(' to start a node pattern");
        Variable? variable = null;
        if (IsNameToken(Current) || (IsDeclaredNameToken(Current)
            && (PeekAt(1).Kind is TokenKind.RightParen or TokenKind.Colon or TokenKind.LeftBrace or TokenKind.Parameter || PeekAt(1).IsKeyword("WHERE"))))
        {
            variable = ParseDeclaredName();
        }

        IReadOnlyList<string> labels = [];
        LabelExpression? labelExpression = null;
        if (Current.Kind == TokenKind.Colon)
        {
            (labels, labelExpression) = ParseNodeLabels(inPattern: true);
        }

        var properties = ParseOptionalProperties();
        var where = ParseInlineWhere();
        Expect(TokenKind.RightParen, variable is null && labels.Count == 0 && labelExpression is null && properties is null && where is null
            ? "a variable, a label, properties or ')'"
            : "')'");
        return new NodePattern(SpanFrom(start), variable, labels, properties, labelExpression, where);
    }

    /// <summary>Properties = MapLiteral | Parameter.</summary>
    private Expression? ParseOptionalProperties() => Current.Kind switch
    {
        TokenKind.LeftBrace => NotCreating<Expression>(ParseMapLiteral),
        TokenKind.Parameter => ParseParameter(),
        _ => null,
    };

    /// <summary>
    /// RelationshipPattern = (LeftArrowHead, Dash, [RelationshipDetail], Dash, [RightArrowHead]) | ... ;
    /// RelationshipDetail = '[', [Variable], [LabelExpression], [RangeLiteral], [Properties], [WHERE, Expression], ']'.
    /// </summary>
    private RelationshipPattern ParseRelationshipPattern()
    {
        var start = Current;
        var left = Eat(TokenKind.LessThan);
        Expect(TokenKind.Minus, "'-'");
        Variable? variable = null;
        var types = new List<string>();
        LabelExpression? typeExpression = null;
        Expression? properties = null;
        Expression? where = null;
        LengthRange? length = null;
        if (Eat(TokenKind.LeftBracket))
        {
            if (IsNameToken(Current) || (IsDeclaredNameToken(Current)
                && (PeekAt(1).Kind is TokenKind.RightBracket or TokenKind.Colon or TokenKind.LeftBrace or TokenKind.Star or TokenKind.Parameter
                    || PeekAt(1).IsKeyword("WHERE"))))
            {
                variable = ParseDeclaredName();
            }

            if (Current.Kind == TokenKind.Colon)
            {
                (types, typeExpression) = ParseRelationshipTypes();
            }

            if (Current.Kind is TokenKind.LeftBrace or TokenKind.Parameter)
            {
                properties = ParseOptionalProperties();
            }

            if (Current.Kind == TokenKind.Star)
            {
                length = ParseLengthRange();
            }
            else if (Current.Kind is TokenKind.DotDot or TokenKind.Integer)
            {
                SyntaxErrors.Throw(
                    SyntaxErrors.InvalidRelationshipPattern,
                    "A variable-length relationship needs '*' before its bounds (e.g. [:T*1..3])",
                    Current.Position);
            }

            properties ??= ParseOptionalProperties();
            if (length is not null && Current.IsKeyword("WHERE"))
            {
                SyntaxErrors.Throw(
                    SyntaxErrors.InvalidPatternPredicate,
                    "A variable-length relationship cannot have a WHERE inside its pattern; put the predicate in the clause's WHERE",
                    Current.Position);
            }

            where = ParseInlineWhere();
            Expect(TokenKind.RightBracket, "']'");
        }

        Expect(TokenKind.Minus, "'-'");
        var right = Eat(TokenKind.GreaterThan);
        var direction = (left, right) switch
        {
            (true, false) => RelationshipDirection.Left,
            (false, true) => RelationshipDirection.Right,
            _ => RelationshipDirection.Both,
        };
        var quantifier = length is null ? ParsePathQuantifier() : null;
        if (quantifier is not null)
        {
            length = new LengthRange(quantifier.Span, quantifier.Min, quantifier.Max);
        }

        return new RelationshipPattern(SpanFrom(start), variable, types, direction, properties, length, typeExpression, where, quantifier);
    }

    /// <summary>RangeLiteral = '*', [IntegerLiteral], ['..', [IntegerLiteral]].</summary>
    private LengthRange ParseLengthRange()
    {
        var start = Expect(TokenKind.Star, "'*'");
        long? min = null;
        long? max = null;
        if (Current.Kind == TokenKind.Minus)
        {
            SyntaxErrors.Throw(SyntaxErrors.InvalidRelationshipPattern, "The bounds of a variable-length relationship cannot be negative", Current.Position);
        }

        if (Current.Kind == TokenKind.Integer)
        {
            min = ParseRangeBound();
        }

        if (Eat(TokenKind.DotDot))
        {
            if (Current.Kind == TokenKind.Minus)
            {
                SyntaxErrors.Throw(SyntaxErrors.InvalidRelationshipPattern, "The bounds of a variable-length relationship cannot be negative", Current.Position);
            }

            if (Current.Kind == TokenKind.Integer)
            {
                max = ParseRangeBound();
            }
        }
        else
        {
            max = min;
        }

        return new LengthRange(SpanFrom(start), min, max);
    }

    private long ParseRangeBound()
    {
        var token = Advance();
        var magnitude = (ulong)token.Value!;
        if (magnitude > long.MaxValue)
        {
            SyntaxErrors.Throw(SyntaxErrors.IntegerOverflow, $"Integer is too large: {text[token.Start..token.End]}", token.Position);
        }

        return (long)magnitude;
    }
}
