using Chile1973.Graph.Cypher.Syntax.Ast;

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

    /// <summary>PatternPart = (Variable, '=', AnonymousPatternPart) | AnonymousPatternPart.</summary>
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
        if (Current.Kind == TokenKind.Identifier && PeekAt(1).Kind == TokenKind.LeftParen
            && (Current.IsKeyword("shortestPath") || Current.IsKeyword("allShortestPaths")))
        {
            kind = Current.IsKeyword("shortestPath") ? PathKind.Shortest : PathKind.AllShortest;
            Advance();
            Advance();
            element = ParsePatternElement();
            Expect(TokenKind.RightParen, "')'");
        }
        else
        {
            element = ParsePatternElement();
        }

        return new PatternPart(SpanFrom(start), pathVariable, kind, element);
    }

    /// <summary>PatternElement = (NodePattern, { PatternElementChain }) | ('(', PatternElement, ')').</summary>
    private PatternElement ParsePatternElement()
    {
        using var scope = guard.Enter(Current.Position);
        var start = Current;
        if (Current.Kind == TokenKind.LeftParen && PeekAt(1).Kind == TokenKind.LeftParen)
        {
            Advance();
            var inner = ParsePatternElement();
            Expect(TokenKind.RightParen, "')'");
            return inner with { Span = SpanFrom(start) };
        }

        var node = ParseNodePattern();
        var steps = new List<PatternStep>();
        while (IsRelationshipStart())
        {
            var stepStart = Current;
            var relationship = ParseRelationshipPattern();
            var next = ParseNodePattern();
            steps.Add(new PatternStep(SpanFrom(stepStart), relationship, next));
        }

        return new PatternElement(SpanFrom(start), node, steps);
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

    /// <summary>NodeLabels = NodeLabel, { NodeLabel }; NodeLabel = ':', LabelName (SET and REMOVE take only these).</summary>
    private List<string> ParseLabels()
    {
        var labels = new List<string>();
        while (Eat(TokenKind.Colon))
        {
            labels.Add(ParseSymbolicName("a label name"));
        }

        return labels;
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
        return new RelationshipPattern(SpanFrom(start), variable, types, direction, properties, length, typeExpression, where);
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
