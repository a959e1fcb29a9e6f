namespace Chile1973.Graph.Cypher.Syntax;

/// <summary>Neo4j 5 label expressions (<c>:A|B</c>, <c>:A&amp;!B</c>, <c>:%</c>) and inline pattern WHERE.</summary>
internal sealed partial class Parser
{
    // CREATE and MERGE make what they describe, so a pattern there names labels outright: no '|', '!', '%' or WHERE.
    private bool creatingPattern;

    // In the WHERE of a list or pattern comprehension a '|' starts the projection, so it ends a label expression
    // there unless the expression is parenthesised: [x IN l WHERE x:A | x.name].
    private bool pipeEndsLabels;

    /// <summary>Pattern for CREATE and MERGE, where only plain labels and no inline WHERE are allowed.</summary>
    private Pattern ParseCreatingPattern() => Creating(ParsePattern);

    /// <summary>PatternPart for MERGE, where only plain labels and no inline WHERE are allowed.</summary>
    private PatternPart ParseCreatingPatternPart() => Creating(ParsePatternPart);

    private T Creating<T>(Func<T> parse)
    {
        var saved = creatingPattern;
        creatingPattern = true;
        try
        {
            return parse();
        }
        finally
        {
            creatingPattern = saved;
        }
    }

    // Expressions inside a pattern (property values) are not themselves patterns of the CREATE or MERGE.
    private T NotCreating<T>(Func<T> parse)
    {
        var saved = (creatingPattern, pipeEndsLabels);
        (creatingPattern, pipeEndsLabels) = (false, false);
        try
        {
            return parse();
        }
        finally
        {
            (creatingPattern, pipeEndsLabels) = saved;
        }
    }

    /// <summary>An expression in which '|' ends a label expression (the WHERE of a comprehension).</summary>
    private Expression? ParseComprehensionWhere()
    {
        var saved = pipeEndsLabels;
        pipeEndsLabels = true;
        try
        {
            return ParseOptionalWhere();
        }
        finally
        {
            pipeEndsLabels = saved;
        }
    }

    /// <summary>The label part of a node pattern or label predicate: names that must all be present, or a label expression.</summary>
    private (IReadOnlyList<string> Labels, LabelExpression? Expression) ParseNodeLabels(bool inPattern)
    {
        var expression = ParseLabelExpression(relationship: false, allowPipe: inPattern || !pipeEndsLabels);
        return expression switch
        {
            LabelName name => ([name.Name], null),
            LabelConjunction { Operands: var operands } when operands.All(static o => o is LabelName) =>
                ([.. operands.Cast<LabelName>().Select(static o => o.Name)], null),
            _ => ([], expression),
        };
    }

    /// <summary>The type part of a relationship pattern: alternative types, or a type expression.</summary>
    private (List<string> Types, LabelExpression? Expression) ParseRelationshipTypes()
    {
        var expression = ParseLabelExpression(relationship: true, allowPipe: true);
        return expression switch
        {
            LabelName name => ([name.Name], null),
            LabelDisjunction { Operands: var operands } when operands.All(static o => o is LabelName) =>
                ([.. operands.Cast<LabelName>().Select(static o => o.Name)], null),
            _ => ([], expression),
        };
    }

    /// <summary>
    /// LabelExpression = ':', Or; Or = And, { '|', And }; And = Not, { '&amp;', Not }; Not = '!', Not | Atom;
    /// Atom = Name | '%' | '(', Or, ')'. The legacy forms are ':A:B' for nodes and ':A|:B' for relationships;
    /// as in Neo4j, one expression uses either those colons or the new symbols, not both.
    /// </summary>
    private LabelExpression ParseLabelExpression(bool relationship, bool allowPipe)
    {
        Expect(TokenKind.Colon, "':'");
        var symbols = new LabelSymbols(relationship, creatingPattern);
        return ParseLabelOr(symbols, allowPipe);
    }

    private LabelExpression ParseLabelOr(LabelSymbols symbols, bool allowPipe)
    {
        var start = Current;
        var first = ParseLabelAnd(symbols);
        if (!allowPipe || Current.Kind != TokenKind.Pipe)
        {
            return first;
        }

        var operands = new List<LabelExpression> { first };
        while (Current.Kind == TokenKind.Pipe)
        {
            var pipe = Advance();
            if (!symbols.Relationship)
            {
                symbols.New(pipe, text);
            }

            if (Current.Kind == TokenKind.Colon)
            {
                symbols.Legacy(Advance(), text);
            }

            operands.Add(ParseLabelAnd(symbols));
        }

        return new LabelDisjunction(SpanFrom(start), operands);
    }

    private LabelExpression ParseLabelAnd(LabelSymbols symbols)
    {
        var start = Current;
        var first = ParseLabelNot(symbols);
        if (!IsLabelConjunction(symbols))
        {
            return first;
        }

        var operands = new List<LabelExpression> { first };
        while (IsLabelConjunction(symbols))
        {
            var symbol = Advance();
            if (symbol.Kind == TokenKind.Ampersand)
            {
                symbols.New(symbol, text);
            }
            else
            {
                symbols.Legacy(symbol, text);
            }

            operands.Add(ParseLabelNot(symbols));
        }

        return new LabelConjunction(SpanFrom(start), operands);
    }

    private bool IsLabelConjunction(LabelSymbols symbols) =>
        Current.Kind == TokenKind.Ampersand || (!symbols.Relationship && Current.Kind == TokenKind.Colon);

    private LabelExpression ParseLabelNot(LabelSymbols symbols)
    {
        using var scope = guard.Enter(Current.Position);
        var start = Current;
        switch (Current.Kind)
        {
            case TokenKind.Bang:
                symbols.New(Advance(), text);
                var operand = ParseLabelNot(symbols);
                return new LabelNegation(SpanFrom(start), operand);
            case TokenKind.Percent:
                symbols.New(Advance(), text);
                return new LabelWildcard(SpanFrom(start));
            case TokenKind.LeftParen:
                symbols.New(Advance(), text);
                var inner = ParseLabelOr(symbols, allowPipe: true);
                Expect(TokenKind.RightParen, "')'");
                return inner;
            default:
                if (ParseDynamicLabel(allowAnyAll: true) is { } dynamic)
                {
                    return dynamic;
                }

                var name = ParseSymbolicName(symbols.Relationship ? "a relationship type" : "a label name");
                return new LabelName(SpanFrom(start), name);
        }
    }

    /// <summary>
    /// DynamicLabel = '$(', Expression, ')' | ('$any' | '$all'), '(', Expression, ')', or null when the next token does
    /// not start one. SET and REMOVE take only the first form, as in Neo4j.
    /// </summary>
    private LabelDynamic? ParseDynamicLabel(bool allowAnyAll)
    {
        var start = Current;
        bool any;
        if (Current.Kind == TokenKind.Dollar)
        {
            any = false;
        }
        else if (allowAnyAll && Current.Kind == TokenKind.Parameter && PeekAt(1).Kind == TokenKind.LeftParen
            && (string.Equals(Current.Text, "any", StringComparison.OrdinalIgnoreCase) || string.Equals(Current.Text, "all", StringComparison.OrdinalIgnoreCase)))
        {
            any = string.Equals(Current.Text, "any", StringComparison.OrdinalIgnoreCase);
        }
        else
        {
            return null;
        }

        Advance();
        Expect(TokenKind.LeftParen, "'('");
        var expression = NotCreating(ParseExpression);
        Expect(TokenKind.RightParen, "')'");
        return new LabelDynamic(SpanFrom(start), expression, any);
    }

    /// <summary>
    /// The labels of SET and REMOVE: ':', (LabelName | '$(', Expression, ')'), { ... }. Names written out only give the
    /// plain list; with a dynamic label every label is an expression (names as string literals).
    /// </summary>
    private (List<string> Names, List<Expression>? Expressions) ParseLabelsOrDynamic()
    {
        var names = new List<string>();
        var expressions = new List<Expression>();
        var dynamic = false;
        while (Eat(TokenKind.Colon))
        {
            var start = Current;
            if (ParseDynamicLabel(allowAnyAll: false) is { } label)
            {
                expressions.Add(label.Expression);
                dynamic = true;
                continue;
            }

            var name = ParseSymbolicName("a label name");
            names.Add(name);
            expressions.Add(new StringLiteral(SpanFrom(start), name));
        }

        return (names, dynamic ? expressions : null);
    }

    /// <summary>Inline WHERE of a node or relationship pattern; not allowed where the pattern is created.</summary>
    private Expression? ParseInlineWhere()
    {
        if (!Current.IsKeyword("WHERE"))
        {
            return null;
        }

        if (creatingPattern)
        {
            SyntaxErrors.Throw(
                SyntaxErrors.InvalidPatternPredicate,
                "A WHERE inside a pattern is not allowed in CREATE or MERGE; it only filters what MATCH finds",
                Current.Position);
        }

        return NotCreating(ParseOptionalWhere);
    }

    /// <summary>Which label symbols an expression has used so far, to reject mixing the legacy colons with the new operators.</summary>
    private sealed class LabelSymbols(bool relationship, bool creating)
    {
        private bool legacy;
        private bool modern;

        public bool Relationship { get; } = relationship;

        public void Legacy(Token symbol, string source)
        {
            legacy = true;
            CheckMixed(symbol, source);
        }

        public void New(Token symbol, string source)
        {
            modern = true;
            if (creating && !Relationship && symbol.Kind != TokenKind.Ampersand)
            {
                SyntaxErrors.Throw(
                    SyntaxErrors.InvalidLabelExpression,
                    $"Invalid input '{source[symbol.Start..symbol.End]}': CREATE and MERGE take labels joined by ':' or '&' only",
                    symbol.Position);
            }

            CheckMixed(symbol, source);
        }

        private void CheckMixed(Token symbol, string source)
        {
            if (legacy && modern)
            {
                SyntaxErrors.Throw(
                    SyntaxErrors.InvalidLabelExpression,
                    $"Invalid input '{source[symbol.Start..symbol.End]}': mixing label expression symbols ('|', '&', '!', '%') with colon (':') is not allowed; use one set of symbols",
                    symbol.Position);
            }
        }
    }
}
