namespace Chile1973.Graph.Cypher.Syntax;

internal sealed partial class Parser
{
    // Binding strength, loosest first, after openCypher 9's expression rules (OrExpression ... PowerOfExpression).
    private const int OrPrecedence = 1;
    private const int XorPrecedence = 2;
    private const int AndPrecedence = 3;
    private const int ComparisonPrecedence = 5;
    private const int PredicatePrecedence = 6;
    private const int AdditivePrecedence = 7;
    private const int MultiplicativePrecedence = 8;
    private const int PowerPrecedence = 9;

    private static readonly HashSet<string> ReservedWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "MATCH", "OPTIONAL", "WHERE", "RETURN", "WITH", "UNWIND", "CREATE", "MERGE", "SET", "REMOVE", "DELETE",
        "DETACH", "CALL", "YIELD", "UNION", "ORDER", "BY", "SKIP", "LIMIT", "ASC", "DESC", "ASCENDING",
        "DESCENDING", "AS", "AND", "OR", "XOR", "NOT", "IN", "STARTS", "ENDS", "CONTAINS", "IS", "NULL", "TRUE",
        "FALSE", "CASE", "WHEN", "THEN", "ELSE", "END", "DISTINCT", "ON",
    };

    // Looked up after every operand, so without allocating an upper-case copy of each identifier.
    private static readonly Dictionary<string, int> KeywordPrecedence = new(StringComparer.OrdinalIgnoreCase)
    {
        ["OR"] = OrPrecedence,
        ["XOR"] = XorPrecedence,
        ["AND"] = AndPrecedence,
        ["IN"] = PredicatePrecedence,
        ["CONTAINS"] = PredicatePrecedence,
        ["IS"] = PredicatePrecedence,
        ["STARTS"] = PredicatePrecedence,
        ["ENDS"] = PredicatePrecedence,
    };

    private int whereDepth;

    /// <summary>Expression = OrExpression.</summary>
    private Expression ParseExpression() => ParseBinary(OrPrecedence);

    /// <summary>
    /// OrExpression ... PowerOfExpression by precedence climbing: operators of one level associate to the left;
    /// comparisons chain (a &lt; b &lt; c means a &lt; b AND b &lt; c, openCypher ComparisonExpression).
    /// </summary>
    private Expression ParseBinary(int minPrecedence)
    {
        using var scope = guard.Enter(Current.Position);
        var start = Current;
        var left = ParseUnary();
        var links = 0;
        try
        {
            while (true)
            {
                var precedence = PrecedenceOf(Current);
                if (precedence < minPrecedence)
                {
                    return left;
                }

                guard.Deepen(Current.Position);
                links++;
                switch (precedence)
                {
                    case ComparisonPrecedence:
                        left = ParseComparisonChain(start, left);
                        break;
                    case PredicatePrecedence:
                        left = ParsePredicate(start, left);
                        break;
                    default:
                        var op = BinaryOperatorOf(Advance());
                        var right = ParseBinary(precedence + 1);
                        left = new BinaryExpression(SpanFrom(start), op, left, right);
                        break;
                }
            }
        }
        finally
        {
            guard.Leave(links);
        }
    }

    private int PrecedenceOf(Token token)
    {
        switch (token.Kind)
        {
            case TokenKind.Equal or TokenKind.NotEqual or TokenKind.LessThan or TokenKind.LessThanOrEqual
                or TokenKind.GreaterThan or TokenKind.GreaterThanOrEqual:
                return ComparisonPrecedence;
            case TokenKind.RegexMatch or TokenKind.DoubleColon:
                return PredicatePrecedence;
            case TokenKind.Plus or TokenKind.Minus or TokenKind.DoublePipe:
                return AdditivePrecedence;
            case TokenKind.Star or TokenKind.Slash or TokenKind.Percent:
                return MultiplicativePrecedence;
            case TokenKind.Caret:
                return PowerPrecedence;
            case TokenKind.Identifier:
                break;
            default:
                return 0;
        }

        if (!KeywordPrecedence.TryGetValue(token.Text, out var precedence))
        {
            return 0;
        }

        // STARTS and ENDS are operators only as STARTS WITH / ENDS WITH.
        return precedence == PredicatePrecedence && (token.IsKeyword("STARTS") || token.IsKeyword("ENDS")) && !PeekAt(1).IsKeyword("WITH")
            ? 0
            : precedence;
    }

    private static BinaryOperator BinaryOperatorOf(Token token) => token.Kind switch
    {
        TokenKind.Plus => BinaryOperator.Add,
        TokenKind.Minus => BinaryOperator.Subtract,
        TokenKind.DoublePipe => BinaryOperator.Concatenate,
        TokenKind.Star => BinaryOperator.Multiply,
        TokenKind.Slash => BinaryOperator.Divide,
        TokenKind.Percent => BinaryOperator.Modulo,
        TokenKind.Caret => BinaryOperator.Power,
        TokenKind.Equal => BinaryOperator.Equal,
        TokenKind.NotEqual => BinaryOperator.NotEqual,
        TokenKind.LessThan => BinaryOperator.LessThan,
        TokenKind.LessThanOrEqual => BinaryOperator.LessThanOrEqual,
        TokenKind.GreaterThan => BinaryOperator.GreaterThan,
        TokenKind.GreaterThanOrEqual => BinaryOperator.GreaterThanOrEqual,
        _ => token.Text.ToUpperInvariant() switch
        {
            "OR" => BinaryOperator.Or,
            "XOR" => BinaryOperator.Xor,
            _ => BinaryOperator.And,
        },
    };

    /// <summary>ComparisonExpression = StringListNullPredicateExpression, { PartialComparisonExpression }.</summary>
    private Expression ParseComparisonChain(Token start, Expression first)
    {
        var operands = new List<(Expression Operand, Token Start)> { (first, start) };
        var operators = new List<BinaryOperator>();
        try
        {
            while (PrecedenceOf(Current) == ComparisonPrecedence)
            {
                guard.Deepen(Current.Position);
                operators.Add(BinaryOperatorOf(Advance()));
                var operandStart = Current;
                operands.Add((ParseBinary(PredicatePrecedence), operandStart));
            }
        }
        finally
        {
            guard.Leave(operators.Count);
        }

        Expression? result = null;
        for (var i = 0; i < operators.Count; i++)
        {
            var (left, leftStart) = operands[i];
            var right = operands[i + 1].Operand;
            var pairSpan = new SourceSpan(leftStart.Start, right.Span.End, leftStart.Line, leftStart.Column);
            var comparison = new BinaryExpression(pairSpan, operators[i], left, right);
            result = result is null ? comparison : new BinaryExpression(SpanFrom(start), BinaryOperator.And, result, comparison);
        }

        return result!;
    }

    /// <summary>
    /// StringListNullPredicateExpression = AddOrSubtractExpression, { StringPredicateExpression |
    /// ListPredicateExpression | NullPredicateExpression } (STARTS WITH, ENDS WITH, CONTAINS, =~, IN, IS [NOT] NULL),
    /// and Neo4j 5's type predicates (IS [NOT] :: Type, IS [NOT] TYPED Type, :: Type) and IS [NOT] [form] NORMALIZED.
    /// </summary>
    private Expression ParsePredicate(Token start, Expression left)
    {
        if (Eat(TokenKind.DoubleColon))
        {
            var type = ParseValueType(!pipeEndsLabels);
            return new TypePredicateExpression(SpanFrom(start), left, type, false);
        }

        if (EatKeyword("IS"))
        {
            var negated = EatKeyword("NOT");
            if (Eat(TokenKind.DoubleColon) || EatKeyword("TYPED"))
            {
                var typed = ParseValueType(!pipeEndsLabels);
                return new TypePredicateExpression(SpanFrom(start), left, typed, negated);
            }

            if (ParseNormalizedSuffix() is { } form)
            {
                return new NormalizedPredicate(SpanFrom(start), left, form, negated);
            }

            ExpectKeyword("NULL");
            return new IsNullExpression(SpanFrom(start), left, negated);
        }

        BinaryOperator op;
        if (Eat(TokenKind.RegexMatch))
        {
            op = BinaryOperator.RegexMatch;
        }
        else if (EatKeyword("IN"))
        {
            op = BinaryOperator.In;
        }
        else if (EatKeyword("CONTAINS"))
        {
            op = BinaryOperator.Contains;
        }
        else
        {
            op = Advance().IsKeyword("STARTS") ? BinaryOperator.StartsWith : BinaryOperator.EndsWith;
            ExpectKeyword("WITH");
        }

        var right = ParseBinary(AdditivePrecedence);
        return new BinaryExpression(SpanFrom(start), op, left, right);
    }

    /// <summary>
    /// NotExpression = { NOT }, ComparisonExpression; UnaryAddOrSubtractExpression = NonArithmeticOperatorExpression
    /// | (('+' | '-'), UnaryAddOrSubtractExpression). A minus directly before a number literal folds into it, so
    /// -9223372036854775808 is representable.
    /// </summary>
    private Expression ParseUnary()
    {
        using var scope = guard.Enter(Current.Position);
        var start = Current;
        if (Current.IsKeyword("NOT"))
        {
            Advance();
            var operand = ParseBinary(ComparisonPrecedence);
            return new UnaryExpression(SpanFrom(start), UnaryOperator.Not, operand);
        }

        if (Current.Kind is TokenKind.Minus or TokenKind.Plus)
        {
            var minus = Advance().Kind == TokenKind.Minus;
            if (minus && Current.Kind == TokenKind.Integer)
            {
                var literal = Advance();
                var magnitude = (ulong)literal.Value!;
                if (magnitude > 1UL << 63)
                {
                    SyntaxErrors.Throw(SyntaxErrors.IntegerOverflow, $"Integer is too large: -{text[literal.Start..literal.End]}", start.Position);
                }

                return ParsePostfix(start, new IntegerLiteral(SpanFrom(start), unchecked(-(long)magnitude)));
            }

            if (minus && Current.Kind == TokenKind.Float)
            {
                var literal = Advance();
                return ParsePostfix(start, new FloatLiteral(SpanFrom(start), -(double)literal.Value!));
            }

            var operand = ParseUnary();
            return new UnaryExpression(SpanFrom(start), minus ? UnaryOperator.Minus : UnaryOperator.Plus, operand);
        }

        return ParsePostfix(start, ParseAtom());
    }

    /// <summary>NonArithmeticOperatorExpression = Atom, { ListOperatorExpression | PropertyLookup }, [NodeLabels].</summary>
    private Expression ParsePostfix(Token start, Expression expression)
    {
        var links = 0;
        try
        {
            while (true)
            {
                if (Current.Kind is TokenKind.Dot or TokenKind.LeftBracket or TokenKind.Colon)
                {
                    guard.Deepen(Current.Position);
                    links++;
                }

                switch (Current.Kind)
                {
                    case TokenKind.Dot:
                        Advance();
                        var name = ParseSymbolicName("a property name");
                        expression = new PropertyLookup(SpanFrom(start), expression, name);
                        break;
                    case TokenKind.LeftBracket:
                        expression = ParseIndexOrSlice(start, expression);
                        break;
                    case TokenKind.Colon:
                        var (labels, labelExpression) = ParseNodeLabels(inPattern: false);
                        expression = new LabelPredicate(SpanFrom(start), expression, labels, labelExpression);
                        break;
                    default:
                        return expression;
                }
            }
        }
        finally
        {
            guard.Leave(links);
        }
    }

    /// <summary>ListOperatorExpression = ('[', Expression, ']') | ('[', [Expression], '..', [Expression], ']').</summary>
    private Expression ParseIndexOrSlice(Token start, Expression subject)
    {
        Advance();
        Expression? from = null;
        if (Current.Kind != TokenKind.DotDot)
        {
            from = ParseExpression();
            if (Eat(TokenKind.RightBracket))
            {
                return new IndexExpression(SpanFrom(start), subject, from);
            }
        }

        Expect(TokenKind.DotDot, "'..' or ']'");
        var to = Current.Kind == TokenKind.RightBracket ? null : ParseExpression();
        Expect(TokenKind.RightBracket, "']'");
        return new SliceExpression(SpanFrom(start), subject, from, to);
    }

    /// <summary>PropertyExpression = Atom, { PropertyLookup } (the target of SET and REMOVE).</summary>
    private Expression ParsePropertyExpression()
    {
        var start = Current;
        var expression = ParseAtom();
        while (Current.Kind == TokenKind.Dot)
        {
            Advance();
            expression = new PropertyLookup(SpanFrom(start), expression, ParseSymbolicName("a property name"));
        }

        return expression;
    }

    /// <summary>
    /// Atom = Literal | Parameter | CaseExpression | COUNT(*) | ListComprehension | PatternComprehension |
    /// Quantifier | PatternPredicate | ParenthesizedExpression | FunctionInvocation | ExistentialSubquery | Variable.
    /// </summary>
    private Expression ParseAtom()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Integer:
                Advance();
                var magnitude = (ulong)token.Value!;
                if (magnitude > long.MaxValue)
                {
                    SyntaxErrors.Throw(SyntaxErrors.IntegerOverflow, $"Integer is too large: {text[token.Start..token.End]}", token.Position);
                }

                return new IntegerLiteral(SpanOf(token), (long)magnitude);
            case TokenKind.Float:
                Advance();
                return new FloatLiteral(SpanOf(token), (double)token.Value!);
            case TokenKind.String:
                Advance();
                return new StringLiteral(SpanOf(token), token.Text);
            case TokenKind.InvalidNumber:
                SyntaxErrors.Throw(SyntaxErrors.InvalidNumberLiteral, token.Text, token.Position);
                break;
            case TokenKind.Parameter:
                return ParseParameter();
            case TokenKind.LeftBracket:
                return ParseListLike();
            case TokenKind.LeftBrace:
                return ParseMapLiteral();
            case TokenKind.LeftParen:
                return ParseParenthesized();
            case TokenKind.EscapedIdentifier:
                return ParseNameAtom();
            case TokenKind.Identifier:
                return ParseKeywordOrNameAtom();
            default:
                break;
        }

        throw Unexpected("an expression");
    }

    private Expression ParseKeywordOrNameAtom()
    {
        var token = Current;
        var next = PeekAt(1);
        switch (token.Text.ToUpperInvariant())
        {
            case "TRUE":
                Advance();
                return new BooleanLiteral(SpanOf(token), true);
            case "FALSE":
                Advance();
                return new BooleanLiteral(SpanOf(token), false);
            case "NULL":
                Advance();
                return new NullLiteral(SpanOf(token));
            case "CASE":
                return ParseCase();
            case "COUNT" when next.Kind == TokenKind.LeftParen && PeekAt(2).Kind == TokenKind.Star && PeekAt(3).Kind == TokenKind.RightParen:
                index += 4;
                return new CountStar(SpanFrom(token));
            case "COUNT" when next.Kind == TokenKind.LeftBrace:
                return ParseSubquery(SubqueryKind.Count);
            case "EXISTS" when next.Kind == TokenKind.LeftBrace:
                return ParseSubquery(SubqueryKind.Exists);
            case "COLLECT" when next.Kind == TokenKind.LeftBrace && StartsClause(PeekAt(2))
                && PeekAt(3).Kind is not (TokenKind.Colon or TokenKind.Comma or TokenKind.RightBrace):
                // `collect {MATCH}` would be a map projection of a variable named collect.
                return ParseSubquery(SubqueryKind.Collect);
            case "ALL" or "ANY" or "NONE" or "SINGLE" when next.Kind == TokenKind.LeftParen && IsNameToken(PeekAt(2)) && PeekAt(3).IsKeyword("IN"):
                return ParseQuantifier();
            case "REDUCE" when next.Kind == TokenKind.LeftParen:
                return ParseReduce();
            default:
                if (ReservedWords.Contains(token.Text))
                {
                    // A keyword with no meaning at the start of an expression is a name, as in Neo4j:
                    // `WITH e.end AS end RETURN end`.
                    if (next.Kind == TokenKind.LeftParen || IsLiteralKeyword(token) || (IsClauseKeyword(token) && OpensClauseBody(next)))
                    {
                        throw Unexpected("an expression");
                    }

                    var variable = ParseDeclaredName();
                    return Current.Kind == TokenKind.LeftBrace ? ParseMapProjection(variable) : variable;
                }

                return ParseNameAtom();
        }
    }

    /// <summary>FunctionInvocation, MapProjection or Variable, all starting with a name.</summary>
    private Expression ParseNameAtom()
    {
        var ahead = 0;
        while (PeekAt(ahead + 1).Kind == TokenKind.Dot && IsSymbolicNameToken(PeekAt(ahead + 2)))
        {
            ahead += 2;
        }

        if (PeekAt(ahead + 1).Kind == TokenKind.LeftParen)
        {
            return ParseFunctionInvocation();
        }

        var variable = ParseVariable();
        return Current.Kind == TokenKind.LeftBrace ? ParseMapProjection(variable) : variable;
    }

    /// <summary>FunctionInvocation = FunctionName, '(', [DISTINCT | ALL], [Expression, { ',', Expression }], ')'.</summary>
    private FunctionInvocation ParseFunctionInvocation()
    {
        var start = Current;
        var name = ParseQualifiedName();
        Expect(TokenKind.LeftParen, "'('");
        var arguments = new List<Expression>();
        if (name.Namespace.Count == 0 && string.Equals(name.Name, "trim", StringComparison.OrdinalIgnoreCase)
            && ParseTrimForm(start, name, arguments) is { } trim)
        {
            return trim;
        }

        var distinct = arguments.Count == 0 && EatKeyword("DISTINCT");

        // count(ALL x): ALL is the default set quantifier of an aggregate (GQL), as against DISTINCT; all(x IN ...) stays the quantifier.
        if (!distinct && name.Namespace.Count == 0 && Current.IsKeyword("ALL") && PeekAt(1).Kind != TokenKind.LeftParen
            && Semantics.FunctionCatalog.IsAggregate(name.Name.ToLowerInvariant()))
        {
            Advance();
        }
        var isNormalize = name.Namespace.Count == 0 && string.Equals(name.Name, "normalize", StringComparison.OrdinalIgnoreCase);

        // exists((a)-->(b)) tests a pattern anywhere, as Neo4j allows; elsewhere patterns are WHERE predicates.
        var isExists = name.Namespace.Count == 0 && string.Equals(name.Name, "exists", StringComparison.OrdinalIgnoreCase);
        whereDepth += isExists ? 1 : 0;
        try
        {
            if (arguments.Count > 0 ? Eat(TokenKind.Comma) : Current.Kind != TokenKind.RightParen)
            {
                do
                {
                    arguments.Add(isNormalize && arguments.Count == 1 && NormalFormArgument() is { } form ? form : ParseExpression());
                }
                while (Eat(TokenKind.Comma));
            }
        }
        finally
        {
            whereDepth -= isExists ? 1 : 0;
        }

        Expect(TokenKind.RightParen, "',' or ')'");
        return new FunctionInvocation(SpanFrom(start), name, distinct, arguments);
    }

    /// <summary>Parameter = '$', (SymbolicName | DecimalInteger).</summary>
    private Parameter ParseParameter()
    {
        var token = Expect(TokenKind.Parameter, "a parameter");
        return new Parameter(SpanOf(token), token.Text);
    }

    /// <summary>Variable = SymbolicName (reserved words excluded unless quoted).</summary>
    private Variable ParseVariable()
    {
        if (!IsNameToken(Current))
        {
            throw Unexpected("a variable name");
        }

        var token = Advance();
        return new Variable(SpanOf(token), token.Text);
    }

    /// <summary>
    /// A variable where only a name can stand (after AS, before ':' or ')' in a pattern). Keywords are
    /// names there, as Neo4j reads them (`RETURN e.end AS end`); true, false and null stay values.
    /// </summary>
    private Variable ParseDeclaredName()
    {
        if (!IsDeclaredNameToken(Current))
        {
            throw Unexpected("a variable name");
        }

        var token = Advance();
        return new Variable(SpanOf(token), token.Text);
    }

    private static bool IsClauseKeyword(Token token) =>
        StartsClause(token) || (token.Kind == TokenKind.Identifier && token.Text.ToUpperInvariant() is "WHERE" or "UNION" or "ORDER" or "SKIP" or "LIMIT" or "YIELD");

    /// <summary>
    /// Whether a token after a clause keyword makes it the clause: `WHERE n.x =` followed by `RETURN n`
    /// is a missing operand, while `RETURN limit - 1` and `ORDER BY order` use variables named so.
    /// </summary>
    private static bool OpensClauseBody(Token next) =>
        next.Kind is TokenKind.LeftParen or TokenKind.LeftBracket or TokenKind.LeftBrace or TokenKind.Star or TokenKind.Integer
            or TokenKind.Float or TokenKind.String or TokenKind.Parameter or TokenKind.EscapedIdentifier
        || (next.Kind == TokenKind.Identifier && (!ReservedWords.Contains(next.Text) || IsLiteralKeyword(next)
            || next.IsKeyword("NOT") || next.IsKeyword("CASE") || next.IsKeyword("DISTINCT")));

    /// <summary>The name after AS: any keyword but one that plainly starts the next clause (`WITH n.x AS` + `MATCH (m)`).</summary>
    private Variable ParseAlias()
    {
        if (IsClauseKeyword(Current) && OpensClauseBody(PeekAt(1)))
        {
            throw Unexpected("a variable name");
        }

        return ParseDeclaredName();
    }

    private static bool IsDeclaredNameToken(Token token) =>
        token.Kind == TokenKind.EscapedIdentifier || (token.Kind == TokenKind.Identifier && !IsLiteralKeyword(token));

    private static bool IsLiteralKeyword(Token token) =>
        token.Kind == TokenKind.Identifier && (token.IsKeyword("TRUE") || token.IsKeyword("FALSE") || token.IsKeyword("NULL"));

    /// <summary>SchemaName / PropertyKeyName = SymbolicName | ReservedWord.</summary>
    private string ParseSymbolicName(string expected)
    {
        if (!IsSymbolicNameToken(Current))
        {
            throw Unexpected(expected);
        }

        return Advance().Text;
    }

    private static bool IsSymbolicNameToken(Token token) => token.Kind is TokenKind.Identifier or TokenKind.EscapedIdentifier;

    private static bool IsNameToken(Token token) =>
        token.Kind == TokenKind.EscapedIdentifier || (token.Kind == TokenKind.Identifier && !ReservedWords.Contains(token.Text));

    /// <summary>MapLiteral = '{', [PropertyKeyName, ':', Expression, { ',', PropertyKeyName, ':', Expression }], '}'.</summary>
    private MapLiteral ParseMapLiteral()
    {
        var start = Expect(TokenKind.LeftBrace, "'{'");
        var entries = new List<MapEntry>();
        if (Current.Kind != TokenKind.RightBrace)
        {
            do
            {
                var keyToken = Current;
                var key = ParseSymbolicName("a property key name");
                Expect(TokenKind.Colon, "':'");
                var value = ParseExpression();
                entries.Add(new MapEntry(SpanFrom(keyToken), key, value));
            }
            while (Eat(TokenKind.Comma));
        }

        Expect(TokenKind.RightBrace, "',' or '}'");
        return new MapLiteral(SpanFrom(start), entries);
    }

    /// <summary>
    /// MapProjection = Variable, '{', [MapProjectionItem, { ',', MapProjectionItem }], '}';
    /// MapProjectionItem = ('.', PropertyKeyName) | ('.', '*') | (PropertyKeyName, ':', Expression) | Variable.
    /// </summary>
    private MapProjection ParseMapProjection(Variable subject)
    {
        Advance();
        var items = new List<MapProjectionItem>();
        if (Current.Kind != TokenKind.RightBrace)
        {
            do
            {
                var itemStart = Current;
                if (Eat(TokenKind.Dot))
                {
                    if (Eat(TokenKind.Star))
                    {
                        items.Add(new MapProjectionAllProperties(SpanFrom(itemStart)));
                    }
                    else
                    {
                        items.Add(new MapProjectionProperty(SpanFrom(itemStart), ParseSymbolicName("a property name or '*'")));
                    }
                }
                else if (IsSymbolicNameToken(Current) && PeekAt(1).Kind == TokenKind.Colon)
                {
                    var key = Advance().Text;
                    Advance();
                    items.Add(new MapProjectionLiteral(SpanFrom(itemStart), key, ParseExpression()));
                }
                else
                {
                    var variable = ParseVariable();
                    items.Add(new MapProjectionVariable(SpanFrom(itemStart), variable));
                }
            }
            while (Eat(TokenKind.Comma));
        }

        Expect(TokenKind.RightBrace, "',' or '}'");
        return new MapProjection(new SourceSpan(subject.Span.Start, Previous.End, subject.Span.Line, subject.Span.Column), subject, items);
    }

    /// <summary>CaseExpression = CASE, [Expression], CaseAlternative, { CaseAlternative }, [ELSE, Expression], END.</summary>
    private CaseExpression ParseCase()
    {
        var start = Advance();
        Expression? subject = Current.IsKeyword("WHEN") ? null : ParseExpression();
        var alternatives = new List<CaseAlternative>();
        while (Current.IsKeyword("WHEN"))
        {
            var whenToken = Advance();
            var when = subject is null ? ParseExpression() : ParseCaseOperands();
            ExpectKeyword("THEN");
            var then = ParseExpression();
            alternatives.Add(new CaseAlternative(SpanFrom(whenToken), when, then));
        }

        if (alternatives.Count == 0)
        {
            throw Unexpected("WHEN");
        }

        var otherwise = EatKeyword("ELSE") ? ParseExpression() : null;
        ExpectKeyword("END");
        return new CaseExpression(SpanFrom(start), subject, alternatives, otherwise);
    }

    /// <summary>
    /// The WHEN of a simple CASE as Neo4j 5 extends it: <c>WhenOperand, { ',', WhenOperand }</c>, where an operand is
    /// a value (compared for equality) or a comparison with its left side left out: <c>= &lt;&gt; &lt; &gt; &lt;= &gt;=</c>,
    /// <c>IS [NOT] NULL</c>, <c>IS [NOT] TYPED</c> / <c>IS [NOT] ::</c>, <c>IS [NOT] NORMALIZED</c>,
    /// <c>STARTS WITH</c>, <c>ENDS WITH</c>, <c>=~</c> (extended simple CASE: <see href="https://neo4j.com/docs/cypher-manual/current/queries/case/"/>).
    /// A single plain value stays as written; anything else becomes one predicate over <see cref="CaseSubject"/>.
    /// </summary>
    private Expression ParseCaseOperands()
    {
        var operands = new List<Expression>();
        var extended = false;
        do
        {
            var start = Current;
            if (PrecedenceOf(Current) == ComparisonPrecedence)
            {
                operands.Add(ParseComparisonChain(start, new CaseSubject(new SourceSpan(start.Start, start.Start, start.Line, start.Column))));
                extended = true;
            }
            else if (Current.IsKeyword("IS") || Current.Kind == TokenKind.RegexMatch
                || ((Current.IsKeyword("STARTS") || Current.IsKeyword("ENDS")) && PeekAt(1).IsKeyword("WITH")))
            {
                operands.Add(ParsePredicate(start, new CaseSubject(new SourceSpan(start.Start, start.Start, start.Line, start.Column))));
                extended = true;
            }
            else
            {
                operands.Add(ParseExpression());
            }
        }
        while (Eat(TokenKind.Comma));

        if (!extended && operands.Count == 1)
        {
            return operands[0];
        }

        Expression? result = null;
        foreach (var operand in operands)
        {
            var test = CaseSubject.Tests(operand)
                ? operand
                : new BinaryExpression(operand.Span, BinaryOperator.Equal, new CaseSubject(new SourceSpan(operand.Span.Start, operand.Span.Start, operand.Span.Line, operand.Span.Column)), operand);
            result = result is null ? test : new BinaryExpression(new SourceSpan(result.Span.Start, test.Span.End, result.Span.Line, result.Span.Column), BinaryOperator.Or, result, test);
        }

        return result!;
    }

    /// <summary>Quantifier = (ALL | ANY | NONE | SINGLE), '(', FilterExpression, ')'; FilterExpression = IdInColl, [Where].</summary>
    private QuantifierExpression ParseQuantifier()
    {
        var start = Advance();
        var kind = start.Text.ToUpperInvariant() switch
        {
            "ALL" => QuantifierKind.All,
            "ANY" => QuantifierKind.Any,
            "NONE" => QuantifierKind.None,
            _ => QuantifierKind.Single,
        };
        Expect(TokenKind.LeftParen, "'('");
        var variable = ParseVariable();
        ExpectKeyword("IN");
        var source = ParseExpression();
        var where = ParseOptionalWhere();
        Expect(TokenKind.RightParen, "')'");
        return new QuantifierExpression(SpanFrom(start), kind, variable, source, where);
    }

    /// <summary>Reduce = REDUCE, '(', Variable, '=', Expression, ',', IdInColl, '|', Expression, ')'.</summary>
    private ReduceExpression ParseReduce()
    {
        var start = Advance();
        Expect(TokenKind.LeftParen, "'('");
        var accumulator = ParseVariable();
        Expect(TokenKind.Equal, "'='");
        var initial = ParseExpression();
        Expect(TokenKind.Comma, "','");
        var variable = ParseVariable();
        ExpectKeyword("IN");
        var source = ParseExpression();
        Expect(TokenKind.Pipe, "'|'");
        var expression = ParseExpression();
        Expect(TokenKind.RightParen, "')'");
        return new ReduceExpression(SpanFrom(start), accumulator, initial, variable, source, expression);
    }

    /// <summary>
    /// ExistentialSubquery = EXISTS, '{', (RegularQuery | (Pattern, [Where])), '}', and the same shape for COUNT;
    /// CollectSubquery = COLLECT, '{', RegularQuery, '}' (Neo4j 5).
    /// </summary>
    private SubqueryExpression ParseSubquery(SubqueryKind kind)
    {
        var start = Advance();
        Expect(TokenKind.LeftBrace, "'{'");
        SubqueryExpression result;
        if (StartsClause(Current))
        {
            var query = ParseSubqueryBody();
            Expect(TokenKind.RightBrace, "'}'");
            result = new SubqueryExpression(SpanFrom(start), kind, null, null, query);
        }
        else
        {
            var pattern = ParsePattern();
            var where = ParseOptionalWhere();
            Expect(TokenKind.RightBrace, "'}'");
            result = new SubqueryExpression(SpanFrom(start), kind, pattern, where, null);
        }

        return result;
    }

    private static bool StartsClause(Token token) =>
        token.Kind == TokenKind.Identifier && token.Text.ToUpperInvariant() is "MATCH" or "OPTIONAL" or "WITH" or "UNWIND"
            or "CALL" or "RETURN" or "CREATE" or "MERGE" or "SET" or "DELETE" or "DETACH" or "REMOVE";

    /// <summary>
    /// '[' opens a ListComprehension ('[', Variable, IN, ...), a PatternComprehension ('[', [Variable, '='],
    /// RelationshipsPattern, [WHERE ...], '|', ...) or a ListLiteral.
    /// </summary>
    private Expression ParseListLike()
    {
        var start = Current;
        if (IsNameToken(PeekAt(1)) && PeekAt(2).IsKeyword("IN"))
        {
            Advance();
            var variable = ParseVariable();
            ExpectKeyword("IN");
            var source = ParseExpression();
            var where = ParseComprehensionWhere();
            var projection = Eat(TokenKind.Pipe) ? ParseExpression() : null;
            Expect(TokenKind.RightBracket, "']'");
            return new ListComprehension(SpanFrom(start), variable, source, where, projection);
        }

        if (PeekAt(1).Kind == TokenKind.LeftParen || (IsNameToken(PeekAt(1)) && PeekAt(2).Kind == TokenKind.Equal && PeekAt(3).Kind == TokenKind.LeftParen))
        {
            if (TryParsePatternComprehension() is { } comprehension)
            {
                return comprehension;
            }
        }

        Advance();
        var items = new List<Expression>();
        if (Current.Kind != TokenKind.RightBracket)
        {
            do
            {
                items.Add(ParseExpression());
            }
            while (Eat(TokenKind.Comma));
        }

        Expect(TokenKind.RightBracket, "',' or ']'");
        return new ListLiteral(SpanFrom(start), items);
    }

    /// <summary>PatternComprehension = '[', [Variable, '='], RelationshipsPattern, [WHERE, Expression], '|', Expression, ']'.</summary>
    private PatternComprehension? TryParsePatternComprehension()
    {
        var start = Current;
        var saved = index;
        Advance();
        Variable? pathVariable = null;
        PatternElement pattern;
        try
        {
            if (Current.Kind != TokenKind.LeftParen)
            {
                pathVariable = ParseVariable();
                Advance();
            }

            pattern = ParsePatternElement();
        }
        catch (CypherException)
        {
            index = saved;
            return null;
        }

        if (pattern.Steps.Count == 0 || !(Current.IsKeyword("WHERE") || Current.Kind == TokenKind.Pipe))
        {
            index = saved;
            return null;
        }

        var where = ParseComprehensionWhere();
        Expect(TokenKind.Pipe, "'|'");
        var projection = ParseExpression();
        Expect(TokenKind.RightBracket, "']'");
        return new PatternComprehension(SpanFrom(start), pathVariable, pattern, where, projection);
    }

    /// <summary>ParenthesizedExpression = '(', Expression, ')', or a RelationshipsPattern used as a predicate.</summary>
    private Expression ParseParenthesized()
    {
        var start = Current;
        if (LooksLikeRelationshipsPattern() && TryParsePatternPredicate() is { } predicate)
        {
            return predicate;
        }

        Advance();
        var inner = NotCreating(ParseExpression);
        Expect(TokenKind.RightParen, "')'");
        return inner;
    }

    // A relationships pattern starts with a node pattern, '(' ... ')', followed by '-' or '<-'.
    private bool LooksLikeRelationshipsPattern()
    {
        var depth = 0;
        for (var i = index; i < tokens.Length; i++)
        {
            switch (tokens[i].Kind)
            {
                case TokenKind.LeftParen:
                    depth++;
                    break;
                case TokenKind.RightParen:
                    if (--depth == 0)
                    {
                        var after = tokens[Math.Min(i + 1, tokens.Length - 1)];
                        var second = tokens[Math.Min(i + 2, tokens.Length - 1)];
                        return after.Kind == TokenKind.Minus || (after.Kind == TokenKind.LessThan && second.Kind == TokenKind.Minus);
                    }

                    break;
                case TokenKind.EndOfInput:
                    return false;
                default:
                    break;
            }
        }

        return false;
    }

    /// <summary>RelationshipsPattern = NodePattern, PatternElementChain, { PatternElementChain }.</summary>
    private PatternPredicate? TryParsePatternPredicate()
    {
        var start = Current;
        var saved = index;
        PatternElement pattern;
        try
        {
            pattern = ParsePatternElement();
        }
        catch (CypherException)
        {
            index = saved;
            return null;
        }

        if (pattern.Steps.Count == 0)
        {
            index = saved;
            return null;
        }

        if (whereDepth == 0)
        {
            SyntaxErrors.Throw(
                SyntaxErrors.UnexpectedSyntax,
                "A pattern can only be used as an expression in WHERE; use EXISTS { ... }, COUNT { ... } or a pattern comprehension elsewhere",
                start.Position);
        }

        return new PatternPredicate(SpanFrom(start), pattern);
    }
}
