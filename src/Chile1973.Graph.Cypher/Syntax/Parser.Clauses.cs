namespace Chile1973.Graph.Cypher.Syntax;

internal sealed partial class Parser
{
    /// <summary>Clause = ReadingClause | UpdatingClause | With | Return (openCypher 9 plus in-query CALL).</summary>
    private Clause ParseClause()
    {
        var token = Current;
        if (token.Kind != TokenKind.Identifier)
        {
            throw Unexpected("a clause (MATCH, RETURN, WITH, CREATE, ...)");
        }

        switch (token.Text.ToUpperInvariant())
        {
            case "MATCH":
                return ParseMatch(optional: false);
            case "OPTIONAL":
                Advance();
                if (Current.IsKeyword("CALL"))
                {
                    return ParseCallSubquery(optional: true, token);
                }

                if (!Current.IsKeyword("MATCH"))
                {
                    throw Unexpected("MATCH or CALL");
                }

                return ParseMatch(optional: true, token);
            case "UNWIND":
                return ParseUnwind();
            case "WITH":
                return ParseWith();
            case "RETURN":
                return ParseReturn();
            case "CREATE":
                return ParseCreate();
            case "MERGE":
                return ParseMerge();
            case "SET":
                return ParseSet();
            case "REMOVE":
                return ParseRemove();
            case "DELETE":
            case "DETACH":
                return ParseDelete();
            case "CALL" when PeekAt(1).Kind is TokenKind.LeftBrace or TokenKind.LeftParen:
                return ParseCallSubquery(optional: false, token);
            case "CALL":
                return ParseCall();
            case "ORDER" or "SKIP" or "OFFSET" or "LIMIT":
                return ParseStandaloneOrderSkipLimit();
            case "FOREACH":
                return ParseForeach();
            default:
                throw Unexpected("a clause (MATCH, RETURN, WITH, CREATE, ...)");
        }
    }

    /// <summary>Match = [OPTIONAL], MATCH, Pattern, [Where].</summary>
    private MatchClause ParseMatch(bool optional, Token? optionalToken = null)
    {
        var start = optionalToken ?? Current;
        ExpectKeyword("MATCH");
        var pattern = ParsePattern();
        var where = ParseOptionalWhere();
        return new MatchClause(SpanFrom(start), optional, pattern, where);
    }

    /// <summary>Where = WHERE, Expression.</summary>
    private Expression? ParseOptionalWhere()
    {
        if (!EatKeyword("WHERE"))
        {
            return null;
        }

        whereDepth++;
        try
        {
            return ParseExpression();
        }
        finally
        {
            whereDepth--;
        }
    }

    /// <summary>Unwind = UNWIND, Expression, AS, Variable.</summary>
    private UnwindClause ParseUnwind()
    {
        var start = Advance();
        var expression = ParseExpression();
        ExpectKeyword("AS");
        var alias = ParseAlias();
        return new UnwindClause(SpanFrom(start), expression, alias);
    }

    /// <summary>With = WITH, ProjectionBody, [Where].</summary>
    private WithClause ParseWith()
    {
        var start = Advance();
        var projection = ParseProjection();
        var where = ParseOptionalWhere();
        return new WithClause(SpanFrom(start), projection, where);
    }

    /// <summary>Return = RETURN, ProjectionBody.</summary>
    private ReturnClause ParseReturn()
    {
        var start = Advance();
        return new ReturnClause(SpanFrom(start), ParseProjection());
    }

    /// <summary>
    /// ProjectionBody = [DISTINCT], ProjectionItems, [Order], [Skip], [Limit];
    /// ProjectionItems = ('*', { ',', ProjectionItem }) | (ProjectionItem, { ',', ProjectionItem }).
    /// </summary>
    private Projection ParseProjection()
    {
        var start = Current;
        var distinct = EatKeyword("DISTINCT");
        var includeAll = false;
        var items = new List<ProjectionItem>();
        if (Eat(TokenKind.Star))
        {
            includeAll = true;
            while (Eat(TokenKind.Comma))
            {
                items.Add(ParseProjectionItem());
            }
        }
        else
        {
            do
            {
                items.Add(ParseProjectionItem());
            }
            while (Eat(TokenKind.Comma));
        }

        var (orderBy, skip, limit) = ParseOrderSkipLimit();
        return new Projection(SpanFrom(start), distinct, includeAll, items, orderBy, skip, limit);
    }

    /// <summary>Order = ORDER BY, SortItem, { ',', SortItem }; Skip = (SKIP | OFFSET), Expression; Limit = LIMIT, Expression.</summary>
    private (List<SortItem> OrderBy, Expression? Skip, Expression? Limit) ParseOrderSkipLimit()
    {
        var orderBy = new List<SortItem>();
        if (Current.IsKeyword("ORDER"))
        {
            Advance();
            ExpectKeyword("BY");
            do
            {
                orderBy.Add(ParseSortItem());
            }
            while (Eat(TokenKind.Comma));
        }

        Expression? skip = null;
        Expression? limit = null;
        if (EatKeyword("SKIP") || EatKeyword("OFFSET"))
        {
            skip = ParseExpression();
        }

        if (EatKeyword("LIMIT"))
        {
            limit = ParseExpression();
        }

        return (orderBy, skip, limit);
    }

    /// <summary>
    /// Neo4j 5's ORDER BY, SKIP/OFFSET and LIMIT as clauses of their own: each is <c>WITH *</c> with that
    /// ordering or paging, so that is the tree they build.
    /// </summary>
    private WithClause ParseStandaloneOrderSkipLimit()
    {
        var start = Current;
        var (orderBy, skip, limit) = ParseOrderSkipLimit();
        var span = SpanFrom(start);
        return new WithClause(span, new Projection(span, Distinct: false, IncludeAll: true, [], orderBy, skip, limit), null);
    }

    /// <summary>
    /// Foreach = FOREACH, '(', Variable, IN, Expression, '|', UpdatingClause, { UpdatingClause }, ')'. Its meaning is
    /// that of a unit subquery over the list, <c>CALL (*) { UNWIND list AS x updates }</c>, which is the tree it builds:
    /// the updates run once per element, and the clause passes each row on unchanged.
    /// </summary>
    private CallSubqueryClause ParseForeach()
    {
        var start = Advance();
        Expect(TokenKind.LeftParen, "'('");
        var bodyStart = Current;
        var variable = ParseVariable();
        ExpectKeyword("IN");
        var list = ParseExpression();
        var unwind = new UnwindClause(SpanFrom(bodyStart), list, variable);
        Expect(TokenKind.Pipe, "'|'");
        var clauses = new List<Clause> { unwind };
        while (Current.Kind != TokenKind.RightParen)
        {
            var clause = ParseClause();
            if (clause is not (CreateClause or MergeClause or SetClause or RemoveClause or DeleteClause or CallSubqueryClause { Query: SingleQuery { Clauses: [UnwindClause, ..] } }))
            {
                SyntaxErrors.Throw(SyntaxErrors.InvalidClauseComposition, "FOREACH can only contain updating clauses (CREATE, MERGE, SET, REMOVE, DELETE, FOREACH)", clause.Span.Position);
            }

            clauses.Add(clause);
        }

        var body = new SingleQuery(SpanFrom(bodyStart), clauses);
        Expect(TokenKind.RightParen, "')'");
        return new CallSubqueryClause(SpanFrom(start), false, [], true, body);
    }

    /// <summary>ProjectionItem = (Expression, AS, Variable) | Expression; unaliased items are named by their text.</summary>
    private ProjectionItem ParseProjectionItem()
    {
        var start = Current;
        var expression = ParseExpression();
        var expressionText = TextFrom(start);
        Variable? alias = null;
        if (EatKeyword("AS"))
        {
            alias = ParseAlias();
        }

        // An unaliased variable, or a map projection of one, is named by the variable (without backticks), as
        // Neo4j names them; anything else by its text.
        var name = alias?.Name ?? expression switch
        {
            Variable variable => variable.Name,
            MapProjection projection => projection.Subject.Name,
            _ => expressionText,
        };
        return new ProjectionItem(SpanFrom(start), expression, alias, name);
    }

    /// <summary>SortItem = Expression, [ASCENDING | ASC | DESCENDING | DESC].</summary>
    private SortItem ParseSortItem()
    {
        var start = Current;
        var expression = ParseExpression();
        var descending = false;
        if (EatKeyword("DESC") || EatKeyword("DESCENDING"))
        {
            descending = true;
        }
        else if (!EatKeyword("ASC"))
        {
            EatKeyword("ASCENDING");
        }

        return new SortItem(SpanFrom(start), expression, descending);
    }

    /// <summary>Create = CREATE, Pattern.</summary>
    private CreateClause ParseCreate()
    {
        var start = Advance();
        return new CreateClause(SpanFrom(start), ParseCreatingPattern());
    }

    /// <summary>Merge = MERGE, PatternPart, { MergeAction }; MergeAction = ON (MATCH | CREATE) Set.</summary>
    private MergeClause ParseMerge()
    {
        var start = Advance();
        var part = ParseCreatingPatternPart();
        var onCreate = new List<SetItem>();
        var onMatch = new List<SetItem>();
        while (Current.IsKeyword("ON"))
        {
            Advance();
            List<SetItem> target;
            if (EatKeyword("CREATE"))
            {
                target = onCreate;
            }
            else if (EatKeyword("MATCH"))
            {
                target = onMatch;
            }
            else
            {
                throw Unexpected("CREATE or MATCH");
            }

            ExpectKeyword("SET");
            ParseSetItems(target);
        }

        return new MergeClause(SpanFrom(start), part, onCreate, onMatch);
    }

    /// <summary>Set = SET, SetItem, { ',', SetItem }.</summary>
    private SetClause ParseSet()
    {
        var start = Advance();
        var items = new List<SetItem>();
        ParseSetItems(items);
        return new SetClause(SpanFrom(start), items);
    }

    private void ParseSetItems(List<SetItem> items)
    {
        do
        {
            items.Add(ParseSetItem());
        }
        while (Eat(TokenKind.Comma));
    }

    /// <summary>
    /// SetItem = (PropertyExpression, '=', Expression) | (Variable, '=', Expression) | (Variable, '+=', Expression)
    /// | (Variable, NodeLabels) | (PropertyExpression, '[', Expression, ']', '=', Expression), labels possibly dynamic.
    /// </summary>
    private SetItem ParseSetItem()
    {
        var start = Current;
        var target = ParsePropertyExpression();
        if (Eat(TokenKind.LeftBracket))
        {
            var key = ParseExpression();
            Expect(TokenKind.RightBracket, "']'");
            Expect(TokenKind.Equal, "'='");
            return new SetDynamicPropertyItem(SpanFrom(start), target, key, ParseExpression());
        }

        if (target is Variable variable)
        {
            if (Current.Kind == TokenKind.Colon)
            {
                var (names, dynamic) = ParseLabelsOrDynamic();
                return dynamic is null ? new SetLabelsItem(SpanFrom(start), variable, names) : new SetDynamicLabelsItem(SpanFrom(start), variable, dynamic);
            }

            if (Eat(TokenKind.PlusEqual))
            {
                return new SetPropertiesItem(SpanFrom(start), variable, ParseExpression(), Merge: true);
            }

            Expect(TokenKind.Equal, "'=', '+=' or a label");
            return new SetPropertiesItem(SpanFrom(start), variable, ParseExpression(), Merge: false);
        }

        if (target is not PropertyLookup property)
        {
            throw Unexpected(start, "a variable or a property to set");
        }

        Expect(TokenKind.Equal, "'='");
        return new SetPropertyItem(SpanFrom(start), property, ParseExpression());
    }

    /// <summary>Remove = REMOVE, RemoveItem, { ',', RemoveItem }; RemoveItem = (Variable, NodeLabels) | PropertyExpression.</summary>
    private RemoveClause ParseRemove()
    {
        var start = Advance();
        var items = new List<RemoveItem>();
        do
        {
            var itemStart = Current;
            var target = ParsePropertyExpression();
            if (Eat(TokenKind.LeftBracket))
            {
                var key = ParseExpression();
                Expect(TokenKind.RightBracket, "']'");
                items.Add(new RemoveDynamicPropertyItem(SpanFrom(itemStart), target, key));
            }
            else if (target is Variable variable && Current.Kind == TokenKind.Colon)
            {
                var (names, dynamic) = ParseLabelsOrDynamic();
                items.Add(dynamic is null
                    ? new RemoveLabelsItem(SpanFrom(itemStart), variable, names)
                    : new RemoveDynamicLabelsItem(SpanFrom(itemStart), variable, dynamic));
            }
            else if (target is PropertyLookup property)
            {
                items.Add(new RemovePropertyItem(SpanFrom(itemStart), property));
            }
            else
            {
                throw Unexpected("a label or a property to remove");
            }
        }
        while (Eat(TokenKind.Comma));

        return new RemoveClause(SpanFrom(start), items);
    }

    /// <summary>Delete = [DETACH], DELETE, Expression, { ',', Expression }.</summary>
    private DeleteClause ParseDelete()
    {
        var start = Current;
        var detach = EatKeyword("DETACH");
        ExpectKeyword("DELETE");
        var expressions = new List<Expression>();
        do
        {
            expressions.Add(ParseExpression());
        }
        while (Eat(TokenKind.Comma));

        return new DeleteClause(SpanFrom(start), detach, expressions);
    }

    /// <summary>
    /// InQueryCall = CALL, ExplicitProcedureInvocation, [YIELD, YieldItems];
    /// StandaloneCall = CALL, (ExplicitProcedureInvocation | ImplicitProcedureInvocation), [YIELD, ('*' | YieldItems)].
    /// </summary>
    private CallClause ParseCall()
    {
        var start = Advance();
        var procedure = ParseQualifiedName();
        List<Expression>? arguments = null;
        if (Eat(TokenKind.LeftParen))
        {
            arguments = [];
            if (Current.Kind != TokenKind.RightParen)
            {
                do
                {
                    arguments.Add(ParseExpression());
                }
                while (Eat(TokenKind.Comma));
            }

            Expect(TokenKind.RightParen, "',' or ')'");
        }

        List<YieldItem>? yield = null;
        var yieldAll = false;
        Expression? where = null;
        if (EatKeyword("YIELD"))
        {
            if (Eat(TokenKind.Star))
            {
                yieldAll = true;
            }
            else
            {
                yield = [];
                do
                {
                    var itemStart = Current;
                    var field = ParseSymbolicName("a procedure output name");
                    var alias = EatKeyword("AS") ? ParseAlias() : new Variable(SpanOf(itemStart), field);
                    yield.Add(new YieldItem(SpanFrom(itemStart), field, alias));
                }
                while (Eat(TokenKind.Comma));
                where = ParseOptionalWhere();
            }
        }

        return new CallClause(SpanFrom(start), procedure, arguments, yield, yieldAll, where);
    }

    /// <summary>
    /// CallSubquery = [OPTIONAL], CALL, [VariableScope], '{', RegularQuery, '}';
    /// VariableScope = '(', [('*' | Variable, { ',', Variable })], ')' (Neo4j 5).
    /// </summary>
    private Clause ParseCallSubquery(bool optional, Token start)
    {
        ExpectKeyword("CALL");
        List<Variable>? scopeVariables = null;
        var scopeAll = false;
        if (Eat(TokenKind.LeftParen))
        {
            scopeVariables = [];
            if (Eat(TokenKind.Star))
            {
                scopeAll = true;
            }
            else if (Current.Kind != TokenKind.RightParen)
            {
                do
                {
                    scopeVariables.Add(ParseVariable());
                }
                while (Eat(TokenKind.Comma));
            }

            Expect(TokenKind.RightParen, scopeAll ? "')'" : "',' or ')'");
        }

        Expect(TokenKind.LeftBrace, scopeVariables is null ? "'{' or '('" : "'{'");
        var query = ParseSubqueryBody();
        Expect(TokenKind.RightBrace, "'}'");
        var call = new CallSubqueryClause(SpanFrom(start), optional, scopeVariables, scopeAll, query);
        return Current.IsKeyword("IN") && (PeekAt(1).IsKeyword("TRANSACTIONS") || PeekAt(1).IsKeyword("CONCURRENT") || PeekAt(1).Kind == TokenKind.Integer)
            ? ParseInTransactions(start, call)
            : call;
    }

    /// <summary>
    /// InTransactions = IN, TRANSACTIONS, { OF, Expression, (ROW | ROWS) | ON, ERROR, (CONTINUE | BREAK | FAIL)
    /// | REPORT, STATUS, AS, Variable }, each part at most once (Neo4j 5, "CALL subqueries in transactions").
    /// </summary>
    private CallInTransactionsClause ParseInTransactions(Token start, CallSubqueryClause call)
    {
        ExpectKeyword("IN");
        if (!Current.IsKeyword("TRANSACTIONS"))
        {
            // Batches run one after another here: concurrent batches would need a transaction per thread.
            SyntaxErrors.Throw(
                SyntaxErrors.InvalidClauseComposition,
                "CALL { ... } IN CONCURRENT TRANSACTIONS is not supported: batches run one after another (write IN TRANSACTIONS)",
                Current.Position);
        }

        Advance();
        Expression? batchSize = null;
        TransactionErrorMode? onError = null;
        Variable? status = null;
        while (true)
        {
            if (batchSize is null && EatKeyword("OF"))
            {
                batchSize = ParseExpression();
                if (!EatKeyword("ROWS") && !EatKeyword("ROW"))
                {
                    throw Unexpected("ROWS");
                }
            }
            else if (onError is null && EatKeyword("ON"))
            {
                ExpectKeyword("ERROR");
                onError = Current.Text.ToUpperInvariant() switch
                {
                    "CONTINUE" => TransactionErrorMode.Continue,
                    "BREAK" => TransactionErrorMode.Break,
                    "FAIL" => TransactionErrorMode.Fail,
                    _ => throw Unexpected("CONTINUE, BREAK or FAIL"),
                };
                Advance();
            }
            else if (status is null && EatKeyword("REPORT"))
            {
                ExpectKeyword("STATUS");
                ExpectKeyword("AS");
                status = ParseVariable();
            }
            else
            {
                break;
            }
        }

        if (status is not null && onError is null or TransactionErrorMode.Fail)
        {
            SyntaxErrors.Throw(
                SyntaxErrors.InvalidClauseComposition,
                "REPORT STATUS can only be used when specifying ON ERROR CONTINUE or ON ERROR BREAK",
                status.Span.Position);
        }

        return new CallInTransactionsClause(SpanFrom(start), call, batchSize, onError ?? TransactionErrorMode.Fail, status);
    }

    /// <summary>ProcedureName / FunctionName = Namespace, SymbolicName; Namespace = { SymbolicName, '.' }.</summary>
    private QualifiedName ParseQualifiedName()
    {
        var start = Current;
        var parts = new List<string> { ParseSymbolicName("a name") };
        while (Current.Kind == TokenKind.Dot)
        {
            Advance();
            parts.Add(ParseSymbolicName("a name"));
        }

        var name = parts[^1];
        parts.RemoveAt(parts.Count - 1);
        return new QualifiedName(SpanFrom(start), parts, name);
    }
}
