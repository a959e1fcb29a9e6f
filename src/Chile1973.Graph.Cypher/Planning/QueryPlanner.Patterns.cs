namespace Chile1973.Graph.Cypher.Planning;

/// <summary>Patterns compiled to match steps: where each chain starts (bound node, index seek, label scan) and how it expands.</summary>
internal sealed partial class QueryPlanner
{
    /// <summary>Compiles the parts of a MATCH (or a pattern expression) against the variables bound before it.</summary>
    private PatternMatcher BuildMatcher(IReadOnlyList<PatternPart> parts, RowSlots outer, Expression? where, out RowSlots resultScope)
    {
        var added = new Dictionary<string, int>(StringComparer.Ordinal);
        int SlotFor(Variable? variable)
        {
            if (variable is null)
            {
                return NewSlot();
            }

            if (outer.TryGet(variable.Name, out var slot) || added.TryGetValue(variable.Name, out slot))
            {
                return slot;
            }

            slot = NewSlot();
            added[variable.Name] = slot;
            return slot;
        }

        var partSlots = parts.Select(part => (
            Nodes: part.Element.Nodes.Select(n => SlotFor(n.Variable)).ToArray(),
            Rels: part.Element.Relationships.Select(r => SlotFor(r.Variable)).ToArray(),
            Path: part.PathVariable is null ? -1 : SlotFor(part.PathVariable))).ToList();
        foreach (var group in parts.SelectMany(static p => p.Element.Steps).Select(static s => s.Group).OfType<QuantifiedPath>())
        {
            foreach (var variable in group.GroupVariables)
            {
                SlotFor(variable);
            }
        }

        var scope = outer.With(added);
        resultScope = scope;
        var bound = new HashSet<int>(outer.Slots.Values);
        var outerNames = new HashSet<string>(outer.Names, StringComparer.Ordinal);
        var patternNames = new HashSet<string>(added.Keys, StringComparer.Ordinal);
        // A node's inline WHERE can name only that node and earlier variables, so its conjuncts may pick the node's seek.
        var conjuncts = ExpressionWalk.Conjuncts(where)
            .Concat(parts.SelectMany(static p => p.Element.Nodes).SelectMany(static n => ExpressionWalk.Conjuncts(n.Where)))
            .ToList();
        var steps = new List<MatchStep>();
        for (var p = 0; p < parts.Count; p++)
        {
            var part = parts[p];
            var element = part.Element;
            var nodes = element.Nodes.ToArray();
            var rels = element.Relationships.ToArray();
            var (nodeSlots, relSlots, pathSlot) = partSlots[p];
            var checks = nodes.Select(n => NodeCheck(n, scope)).ToArray();

            if (part.Kind != PathKind.All)
            {
                if (rels.Length != 1)
                {
                    CypherErrors.Syntax<int>("InvalidRelationshipPattern", "shortestPath needs exactly one relationship.", part.Span);
                }

                foreach (var i in new[] { 0, 1 })
                {
                    steps.Add(new NodeSourceStep(nodeSlots[i], bound.Contains(nodeSlots[i]), checks[i],
                        Seek(nodes[i], outerNames, patternNames, conjuncts, scope)));
                    bound.Add(nodeSlots[i]);
                }

                var rel = rels[0];
                var accept = PathPredicate(parts, p, conjuncts, scope);
                steps.Add(new ShortestPathStep(nodeSlots[0], nodeSlots[1], relSlots[0], Forward(rel.Direction), [.. rel.Types],
                    rel.Length?.Min ?? 1, rel.Length is null ? 1 : rel.Length.Max ?? long.MaxValue, RelCheck(rel, scope),
                    part.Kind == PathKind.AllShortest, accept, accept is null ? -1 : pathSlot));
                bound.Add(relSlots[0]);
                if (accept is not null && pathSlot >= 0)
                {
                    bound.Add(pathSlot);
                    pathSlot = -1;
                }
            }
            else if (part.IsSelective && element.Steps is [{ Group: null, Relationship.Length: not null }])
            {
                // One quantified relationship under a selector: a shortest-path search between its two ends.
                foreach (var i in new[] { 0, 1 })
                {
                    steps.Add(new NodeSourceStep(nodeSlots[i], bound.Contains(nodeSlots[i]), checks[i],
                        Seek(nodes[i], outerNames, patternNames, conjuncts, scope)));
                    bound.Add(nodeSlots[i]);
                }

                var rel = rels[0];
                var preFilter = part.Where is null ? null : Compile(part.Where, scope);
                steps.Add(new ShortestPathStep(nodeSlots[0], nodeSlots[1], relSlots[0], Forward(rel.Direction), [.. rel.Types],
                    rel.Length!.Min ?? 1, rel.Length.Max ?? long.MaxValue, RelCheck(rel, scope), all: false, preFilter, pathSlot,
                    part.Selector!.Kind, part.Selector.Count is null ? null : Compile(part.Selector.Count, scope)));
                bound.Add(relSlots[0]);
                if (pathSlot >= 0)
                {
                    bound.Add(pathSlot);
                    pathSlot = -1;
                }
            }
            else
            {
                var partSteps = part.IsSelective || part.Where is not null ? new List<MatchStep>() : steps;
                var start = ChooseStart(nodes, nodeSlots, bound, outerNames, patternNames, conjuncts, scope, out var startScore);
                var forwardFrom = start;
                var relSeek = startScore >= ScanScore ? ChooseRelationshipSeek(element, relSlots, bound, outerNames, conjuncts, scope) : null;
                if (relSeek is var (at, seek))
                {
                    // No node of the chain is bound, sought or labelled: start at the relationship an index finds.
                    var rel = rels[at];
                    bound.Add(relSlots[at]);
                    // Before the ends are bound, the candidate filter takes the conjuncts that name the relationship alone.
                    var relFilter = CandidateFilter(relSlots[at], relSlots[at], bound, conjuncts, scope);
                    partSteps.Add(new RelationshipSeekStep(nodeSlots[at], relSlots[at], nodeSlots[at + 1], Forward(rel.Direction), [.. rel.Types],
                        RelCheck(rel, scope), checks[at], checks[at + 1], seek, relFilter));
                    bound.UnionWith([nodeSlots[at], nodeSlots[at + 1]]);
                    (start, forwardFrom) = (at, at + 1);
                }
                else
                {
                    partSteps.Add(new NodeSourceStep(nodeSlots[start], bound.Contains(nodeSlots[start]), checks[start],
                        Seek(nodes[start], outerNames, patternNames, conjuncts, scope)));
                    bound.Add(nodeSlots[start]);
                }

                for (var j = forwardFrom; j < rels.Length; j++)
                {
                    partSteps.Add(element.Steps[j].Group is { } group
                        ? ExpandGroup(group, nodeSlots[j], relSlots[j], nodeSlots[j + 1], checks[j + 1], reversed: false, bound, scope)
                        : Expand(rels[j], nodeSlots[j], relSlots[j], nodeSlots[j + 1], checks[j + 1], Forward(rels[j].Direction), reversed: false, bound, scope, conjuncts));
                }

                for (var j = start - 1; j >= 0; j--)
                {
                    partSteps.Add(element.Steps[j].Group is { } group
                        ? ExpandGroup(group, nodeSlots[j + 1], relSlots[j], nodeSlots[j], checks[j], reversed: true, bound, scope)
                        : Expand(rels[j], nodeSlots[j + 1], relSlots[j], nodeSlots[j], checks[j], Backward(rels[j].Direction), reversed: true, bound, scope, conjuncts));
                }

                if (partSteps != steps)
                {
                    if (pathSlot >= 0)
                    {
                        partSteps.Add(new PathBuildStep(pathSlot, nodeSlots[0], relSlots));
                        bound.Add(pathSlot);
                        pathSlot = -1;
                    }

                    steps.Add(new SelectPathsStep([.. partSteps], nodeSlots[0], nodeSlots[^1], relSlots,
                        part.Where is null ? null : Compile(part.Where, scope),
                        part.Selector?.Kind ?? PathSelectorKind.All,
                        part.Selector?.Count is null ? null : Compile(part.Selector.Count, scope)));
                }
            }

            if (pathSlot >= 0)
            {
                steps.Add(new PathBuildStep(pathSlot, nodeSlots[0], relSlots));
                bound.Add(pathSlot);
            }
        }

        return new PatternMatcher([.. steps]);
    }

    /// <summary>
    /// The WHERE conjuncts about a shortest path itself (they name its path or relationship variable and nothing
    /// bound later), compiled into one predicate the search must satisfy; null when there are none.
    /// </summary>
    private Evaluator? PathPredicate(IReadOnlyList<PatternPart> parts, int index, List<Expression> conjuncts, RowSlots scope)
    {
        var part = parts[index];
        var own = new HashSet<string>(StringComparer.Ordinal);
        if (part.PathVariable is { } pathVariable)
        {
            own.Add(pathVariable.Name);
        }

        if (part.Element.Relationships.First().Variable is { } relVariable)
        {
            own.Add(relVariable.Name);
        }

        var later = new HashSet<string>(parts.Skip(index + 1).SelectMany(PatternVariables), StringComparer.Ordinal);
        later.ExceptWith(parts.Take(index + 1).SelectMany(PatternVariables));
        var predicates = conjuncts
            .Where(c => ExpressionWalk.Variables(c) is var names && names.Overlaps(own) && !names.Overlaps(later))
            .Select(c => Compile(c, scope))
            .ToArray();
        if (predicates.Length == 0)
        {
            return null;
        }

        return (context, row) =>
        {
            foreach (var predicate in predicates)
            {
                if (predicate(context, row) is not true)
                {
                    return false;
                }
            }

            return true;
        };
    }

    private static IEnumerable<string> PatternVariables(PatternPart part) =>
        part.Element.Nodes.Select(n => n.Variable?.Name)
            .Concat(part.Element.Relationships.Select(r => r.Variable?.Name))
            .Append(part.PathVariable?.Name)
            .OfType<string>();

    private MatchStep Expand(
        RelationshipPattern rel, int from, int relSlot, int to, EntityCheck toCheck, Direction direction, bool reversed, HashSet<int> bound, RowSlots scope,
        List<Expression> conjuncts)
    {
        var relBound = bound.Contains(relSlot);
        var toBound = bound.Contains(to);
        bound.Add(relSlot);
        bound.Add(to);
        var relCheck = RelCheck(rel, scope);
        if (rel.Length is { } length)
        {
            return new VarExpandStep(from, relSlot, to, direction, [.. rel.Types], length.Min ?? 1, length.Max ?? long.MaxValue,
                relCheck, toCheck, relBound, toBound, reversed);
        }

        return new ExpandStep(from, relSlot, to, direction, [.. rel.Types], relCheck, toCheck, relBound, toBound,
            relBound ? null : CandidateFilter(relSlot, to, bound, conjuncts, scope),
            relBound || toBound ? null : ReachedIds(to, conjuncts, scope));
    }

    /// <summary>
    /// The conjuncts <c>m.id IN $ids</c> and <c>NOT m.id IN $ids</c> on the node an expansion reaches, which it can
    /// decide from the node's number before it builds anything; null when there are none.
    /// </summary>
    private ReachedIdFilter? ReachedIds(int to, List<Expression> conjuncts, RowSlots scope)
    {
        var conditions = new List<(NodeIdSet, bool)>();
        foreach (var conjunct in conjuncts)
        {
            var (condition, negated) = conjunct is UnaryExpression { Operator: UnaryOperator.Not, Operand: var operand } ? (operand, true) : (conjunct, false);
            if (IdCondition(condition, to, scope) is { } parameter)
            {
                conditions.Add((IdSet(parameter), negated));
            }
        }

        return conditions.Count == 0 ? null : new ReachedIdFilter([.. conditions]);
    }

    // The parameter of `m.id IN $ids` when m is the node in slot `to`.
    private static string? IdCondition(Expression condition, int to, RowSlots scope) =>
        condition is BinaryExpression { Operator: BinaryOperator.In, Left: PropertyLookup { Subject: Variable node, PropertyName: GraphStore.IdProperty }, Right: Parameter ids }
        && scope.TryGet(node.Name, out var slot) && slot == to
            ? ids.Name
            : null;

    // One set per parameter and query, so the candidate filter and the reached-node test look its ids up once per run.
    private NodeIdSet IdSet(string parameter)
    {
        if (!_idSets.TryGetValue(parameter, out var set))
        {
            _idSets[parameter] = set = new NodeIdSet(parameter);
        }

        return set;
    }

    /// <summary>
    /// The WHERE conjuncts an expansion can decide as soon as it reads a relationship: those that name the
    /// relationship or the node at its other end and otherwise only what is bound already (besides parameters and
    /// literals), such as <c>r.category IN $categories</c> or <c>NOT m.id IN $seen</c>. Compiled into one predicate
    /// the expansion tries before it builds a row, so a walk over a hub's ten thousand relationships builds rows only
    /// for those that pass. The WHERE still runs in full afterwards.
    /// </summary>
    private Evaluator? CandidateFilter(int relSlot, int to, HashSet<int> bound, List<Expression> conjuncts, RowSlots scope)
    {
        var predicates = conjuncts
            .Where(c => !ExpressionWalk.ContainsAggregate(c) && DecidedByCandidate(ExpressionWalk.Variables(c)))
            .Select(c => Compile(c, scope))
            .ToArray();
        return predicates switch
        {
            [] => null,
            [var only] => only,
            _ => (context, row) =>
            {
                foreach (var predicate in predicates)
                {
                    if (predicate(context, row) is not true)
                    {
                        return Boxed.False;
                    }
                }

                return Boxed.True;
            },
        };

        bool DecidedByCandidate(IReadOnlyCollection<string> names)
        {
            var naming = false;
            foreach (var name in names)
            {
                if (!scope.TryGet(name, out var slot) || !bound.Contains(slot))
                {
                    return false;
                }

                naming |= slot == relSlot || slot == to;
            }

            return naming;
        }
    }

    /// <summary>
    /// A quantified path pattern from the node in <paramref name="from"/>: its inner chain compiled once against
    /// slots of its own (one repetition's bindings), forwards or, when the planner reached the pattern from its
    /// far end, backwards.
    /// </summary>
    private QuantifiedPathStep ExpandGroup(QuantifiedPath group, int from, int relationshipsSlot, int to, EntityCheck toCheck, bool reversed, HashSet<int> bound, RowSlots scope)
    {
        var inner = new Dictionary<string, int>(StringComparer.Ordinal);
        int InnerSlot(Variable? variable)
        {
            if (variable is null)
            {
                return NewSlot();
            }

            if (!inner.TryGetValue(variable.Name, out var slot))
            {
                inner[variable.Name] = slot = NewSlot();
            }

            return slot;
        }

        var nodes = group.Element.Nodes.ToArray();
        var rels = group.Element.Relationships.ToArray();
        var nodeSlots = nodes.Select(n => InnerSlot(n.Variable)).ToArray();
        var relSlots = rels.Select(r => InnerSlot(r.Variable)).ToArray();
        var innerScope = scope.With(inner);
        var hops = new GroupHop[rels.Length];
        for (var j = 0; j < rels.Length; j++)
        {
            var (rel, far) = reversed ? (rels.Length - 1 - j, rels.Length - 1 - j) : (j, j + 1);
            hops[j] = new GroupHop(reversed ? Backward(rels[rel].Direction) : Forward(rels[rel].Direction), [.. rels[rel].Types],
                RelCheck(rels[rel], innerScope), NodeCheck(nodes[far], innerScope), relSlots[rel], nodeSlots[far]);
        }

        var first = reversed ? nodes.Length - 1 : 0;
        var groups = group.GroupVariables.Select(static v => v.Name).Distinct(StringComparer.Ordinal)
            .Select(name => (inner[name], scope.TryGet(name, out var slot) ? slot : -1))
            .ToArray();
        var toBound = bound.Contains(to);
        bound.Add(relationshipsSlot);
        bound.Add(to);
        foreach (var (_, slot) in groups)
        {
            bound.Add(slot);
        }

        return new QuantifiedPathStep(from, to, toBound, toCheck, group.Quantifier.Min, group.Quantifier.Max ?? long.MaxValue,
            nodeSlots[first], NodeCheck(nodes[first], innerScope), hops, group.Where is null ? null : Compile(group.Where, innerScope),
            groups, relationshipsSlot, reversed);
    }

    private static Direction Forward(RelationshipDirection direction) => direction switch
    {
        RelationshipDirection.Right => Direction.Outgoing,
        RelationshipDirection.Left => Direction.Incoming,
        _ => Direction.Both,
    };

    private static Direction Backward(RelationshipDirection direction) => direction switch
    {
        RelationshipDirection.Right => Direction.Incoming,
        RelationshipDirection.Left => Direction.Outgoing,
        _ => Direction.Both,
    };

    private EntityCheck NodeCheck(NodePattern node, RowSlots scope) =>
        Check([.. node.Labels], node.Properties, node.LabelExpression, node.Where, node.Variable, scope);

    private EntityCheck RelCheck(RelationshipPattern rel, RowSlots scope)
    {
        // A quantified relationship's inline WHERE sees each relationship it crosses alone, in a slot of its own.
        if (rel is { Quantifier: not null, Where: not null, Variable: { } variable })
        {
            var each = NewSlot();
            return Check([], rel.Properties, rel.TypeExpression, rel.Where, rel.Variable, scope.With(variable.Name, each));
        }

        return Check([], rel.Properties, rel.TypeExpression, rel.Where, rel.Variable, scope);
    }

    private EntityCheck Check(string[] labels, Expression? properties, LabelExpression? labelExpression, Expression? where, Variable? variable, RowSlots scope)
    {
        if (labels.Length == 0 && properties is null && labelExpression is null && where is null)
        {
            return EntityCheck.None;
        }

        var labelTest = LabelTest.Compile(labelExpression, e => Compile(e, scope));
        var predicate = where is null ? null : Compile(where, scope);
        var slot = variable is not null && scope.TryGet(variable.Name, out var found) ? found : -1;
        if (properties is MapLiteral map)
        {
            return new EntityCheck(labels, [.. map.Entries.Select(e => (e.Key, Compile(e.Value, scope)))], null, labelTest, predicate, slot);
        }

        return new EntityCheck(labels, [], properties is null ? null : Compile(properties, scope), labelTest, predicate, slot);
    }

    /// <summary>The score <see cref="ChooseStart"/> gives a node it can only find by scanning every node.</summary>
    private const int ScanScore = 4;

    private int ChooseStart(NodePattern[] nodes, int[] slots, HashSet<int> bound, HashSet<string> outerNames, HashSet<string> patternNames,
        List<Expression> conjuncts, RowSlots scope, out int bestScore)
    {
        var best = 0;
        bestScore = int.MaxValue;
        for (var i = 0; i < nodes.Length; i++)
        {
            var score = bound.Contains(slots[i]) ? 0 : Seek(nodes[i], outerNames, patternNames, conjuncts, scope) switch
            {
                NodeSeek.Indexed or NodeSeek.IndexedList => 1,
                NodeSeek.NamePrefix => 2,
                _ => nodes[i].Labels.Count > 0 || LabelTest.Alternatives(nodes[i].LabelExpression) is not null ? 3 : ScanScore,
            };
            if (!bound.Contains(slots[i]) && nodes[i].Properties is { } props && ExpressionWalk.Variables(props).Any(patternNames.Contains))
            {
                score += 10;
            }

            if (score < bestScore)
            {
                best = i;
                bestScore = score;
            }
        }

        return best;
    }

    /// <summary>
    /// The first single relationship of a chain whose properties or WHERE pin an indexed relationship property
    /// (<c>category</c>) to a value, or a list of values, known before the match; null when there is none.
    /// </summary>
    private (int At, RelationshipSeek Seek)? ChooseRelationshipSeek(
        PatternElement element, int[] relSlots, HashSet<int> bound, HashSet<string> outerNames, List<Expression> conjuncts, RowSlots scope)
    {
        var rels = element.Relationships.ToArray();
        for (var j = 0; j < rels.Length; j++)
        {
            var rel = rels[j];
            if (element.Steps[j].Group is not null || rel.Length is not null || bound.Contains(relSlots[j]))
            {
                continue;
            }

            if (rel.Properties is MapLiteral map)
            {
                foreach (var entry in map.Entries)
                {
                    if (GraphStore.IsRelationshipIndexed(entry.Key) && Known(entry.Value, outerNames))
                    {
                        return (j, new RelationshipSeek.Indexed(entry.Key, Compile(entry.Value, scope)));
                    }
                }
            }

            if (rel.Variable is not { } variable)
            {
                continue;
            }

            foreach (var conjunct in conjuncts.Concat(ExpressionWalk.Conjuncts(rel.Where)))
            {
                if (conjunct is not BinaryExpression binary)
                {
                    continue;
                }

                if (binary.Operator == BinaryOperator.Equal)
                {
                    foreach (var (side, other) in new[] { (binary.Left, binary.Right), (binary.Right, binary.Left) })
                    {
                        if (side is PropertyLookup { Subject: Variable v } lookup && v.Name == variable.Name
                            && GraphStore.IsRelationshipIndexed(lookup.PropertyName) && Known(other, outerNames))
                        {
                            return (j, new RelationshipSeek.Indexed(lookup.PropertyName, Compile(other, scope)));
                        }
                    }
                }
                else if (binary.Operator == BinaryOperator.In && binary.Left is PropertyLookup { Subject: Variable inVariable } inLookup
                    && inVariable.Name == variable.Name && GraphStore.IsRelationshipIndexed(inLookup.PropertyName) && Known(binary.Right, outerNames))
                {
                    return (j, new RelationshipSeek.IndexedList(inLookup.PropertyName, Compile(binary.Right, scope)));
                }
            }
        }

        return null;
    }

    /// <summary>Whether an expression's value is known before a pattern is matched: it names only earlier variables and matches nothing itself.</summary>
    private static bool Known(Expression e, HashSet<string> outerNames) =>
        ExpressionWalk.Variables(e).All(outerNames.Contains) && !ExpressionWalk.ContainsAggregate(e)
            && !ExpressionWalk.Descendants(e).Any(static d => d is PatternPredicate or PatternComprehension or SubqueryExpression);

    /// <summary>An index seek for a node when its properties or the WHERE pin <c>id</c> or <c>name</c> to a value known before the match.</summary>
    private NodeSeek Seek(NodePattern node, HashSet<string> outerNames, HashSet<string> patternNames, List<Expression> conjuncts, RowSlots scope)
    {
        bool Known(Expression e) => QueryPlanner.Known(e, outerNames);

        if (node.Properties is MapLiteral map)
        {
            foreach (var entry in map.Entries)
            {
                if (entry.Key is GraphStore.IdProperty or GraphStore.NameProperty && Known(entry.Value))
                {
                    return new NodeSeek.Indexed(entry.Key, Compile(entry.Value, scope));
                }
            }
        }

        if (node.Variable is not { } variable)
        {
            return new NodeSeek.All();
        }

        NodeSeek? prefix = null;
        foreach (var conjunct in conjuncts)
        {
            if (conjunct is not BinaryExpression binary)
            {
                continue;
            }

            if (binary.Operator == BinaryOperator.Equal)
            {
                foreach (var (side, other) in new[] { (binary.Left, binary.Right), (binary.Right, binary.Left) })
                {
                    if (side is PropertyLookup { Subject: Variable v, PropertyName: GraphStore.IdProperty or GraphStore.NameProperty } lookup
                        && v.Name == variable.Name && Known(other))
                    {
                        return new NodeSeek.Indexed(lookup.PropertyName, Compile(other, scope));
                    }
                }
            }
            else if (binary.Operator == BinaryOperator.In
                && binary.Left is PropertyLookup { Subject: Variable inVariable, PropertyName: GraphStore.IdProperty or GraphStore.NameProperty } inLookup
                && inVariable.Name == variable.Name && Known(binary.Right))
            {
                return new NodeSeek.IndexedList(inLookup.PropertyName, Compile(binary.Right, scope));
            }
            else if (binary.Operator == BinaryOperator.StartsWith
                && binary.Left is PropertyLookup { Subject: Variable v, PropertyName: GraphStore.NameProperty }
                && v.Name == variable.Name && Known(binary.Right))
            {
                prefix ??= new NodeSeek.NamePrefix(Compile(binary.Right, scope));
            }
        }

        return prefix ?? new NodeSeek.All();
    }

    private Evaluator CompilePatternPredicate(PatternPredicate predicate, RowSlots scope)
    {
        var matcher = BuildMatcher([new PatternPart(predicate.Span, null, PathKind.All, predicate.Pattern)], scope, null, out _);
        return (context, row) => matcher.Match(context, row).Any();
    }

    private Evaluator CompilePatternComprehension(PatternComprehension comprehension, RowSlots scope)
    {
        var matcher = BuildMatcher([new PatternPart(comprehension.Span, comprehension.PathVariable, PathKind.All, comprehension.Pattern)],
            scope, comprehension.Where, out var inner);
        var where = comprehension.Where is null ? null : Compile(comprehension.Where, inner);
        var projection = Compile(comprehension.Projection, inner);
        return (context, row) =>
        {
            var result = new List<object?>();
            foreach (var match in matcher.Match(context, row))
            {
                context.Tick();
                if (where is null || where(context, match) is true)
                {
                    context.Limits.CheckList(result.Count + 1L, "A pattern comprehension");
                    result.Add(projection(context, match));
                }
            }

            return result;
        };
    }

    private Evaluator CompileSubquery(SubqueryExpression subquery, RowSlots scope)
    {
        Func<QueryContext, object?[], IEnumerable<object?[]>> rows;
        if (subquery.Query is { } query)
        {
            var saved = _aggregates;
            _aggregates = null;
            var plan = PlanStatement(query, scope, subquery: true);
            _aggregates = saved;
            rows = (context, row) => plan.Root.Run(context, row);
        }
        else
        {
            var matcher = BuildMatcher(subquery.Pattern!.Parts, scope, subquery.Where, out var inner);
            var where = subquery.Where is null ? null : Compile(subquery.Where, inner);
            rows = (context, row) => matcher.Match(context, row).Where(m => where is null || where(context, m) is true);
        }

        Evaluator general = subquery.Kind switch
        {
            SubqueryKind.Exists => (context, row) => rows(context, row).Any(),
            SubqueryKind.Count => (context, row) => (long)rows(context, row).Count(),
            _ => (context, row) => CollectFirstColumn(context, rows(context, row)),
        };
        return DegreeCount(subquery, scope, general) ?? general;
    }

    /// <summary>
    /// <c>COUNT { (n)--() }</c>, <c>COUNT { (n)-[:T]->() }</c> and the like on a bound node with nothing else to
    /// check: the number of its relationships, counted off the store's adjacency instead of matching a row per
    /// relationship (a hub's degree is read for every row of a ring, so this is the difference between thousands of
    /// rows and one pass over an array). Anything but an existing node goes to <paramref name="general"/>; null when
    /// the subquery is anything more than that.
    /// </summary>
    private static Evaluator? DegreeCount(SubqueryExpression subquery, RowSlots scope, Evaluator general)
    {
        if (subquery is not { Kind: SubqueryKind.Count, Where: null, Pattern.Parts: [{ PathVariable: null, Kind: PathKind.All, Selector: null, Where: null, Element: var element }] }
            || element.Steps is not [{ Relationship: var rel, Node: var far }]
            || element.Start is not { Variable: { } variable } start
            || !IsBare(start) || !IsBare(far) || far.Variable is not null
            || rel is not { Variable: null, Properties: null, Length: null, TypeExpression: null, Where: null, Quantifier: null }
            || !scope.TryGet(variable.Name, out var slot))
        {
            return null;
        }

        var direction = Forward(rel.Direction);
        var types = rel.Types.ToArray();
        return (context, row) => row[slot] is NodeRef node && context.Store.NodeExists(node.Id)
            ? Adjacency.Count(context.Store, node.Id, direction, EntityCheck.TypeTokens(context.Store, types))
            : general(context, row);

        static bool IsBare(NodePattern node) => node is { Labels.Count: 0, Properties: null, LabelExpression: null, Where: null };
    }

    // COLLECT { ... }: the rows of the one returned column, bounded like any list the query builds.
    private static List<object?> CollectFirstColumn(QueryContext context, IEnumerable<object?[]> rows)
    {
        var result = new List<object?>();
        foreach (var row in rows)
        {
            context.Tick();
            context.Limits.CheckList(result.Count + 1L, "A COLLECT subquery");
            result.Add(row[0]);
        }

        return result;
    }
}
