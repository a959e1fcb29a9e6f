namespace Chile1973.Graph.Cypher.Planning;

/// <summary>The write clauses: CREATE, MERGE, SET, REMOVE, DELETE.</summary>
internal sealed partial class QueryPlanner
{
    private Operator PlanWrite(Operator op, Clause clause, ref RowSlots scope)
    {
        switch (clause)
        {
            case CreateClause create:
                return new UpdateOperator(op, CompileCreate(create.Pattern.Parts, scope, null, merge: false, out scope));
            case MergeClause merge:
                {
                    var parts = new[] { merge.Pattern };
                    var matcher = BuildMatcher(parts, scope, null, out var inner);
                    var createAction = CompileCreate(parts, scope, inner, merge: true, out _);
                    var onMatch = merge.OnMatch.Count == 0 ? null : CompileSetItems(merge.OnMatch, inner);
                    var onCreate = merge.OnCreate.Count == 0 ? null : CompileSetItems(merge.OnCreate, inner);
                    scope = inner;
                    return new MergeOperator(op, matcher, createAction, onMatch, onCreate);
                }

            case SetClause set:
                return new UpdateOperator(op, CompileSetItems(set.Items, scope));
            case RemoveClause remove:
                return new UpdateOperator(op, CompileRemoveItems(remove.Items, scope));
            case DeleteClause delete:
                return new UpdateOperator(op, CompileDelete(delete, scope));
            default:
                return CypherErrors.Syntax<Operator>("UnexpectedSyntax", $"Unsupported clause {clause.GetType().Name}.", clause.Span);
        }
    }

    private sealed record NodeSpec(int Slot, bool Bound, string[] Labels, Func<QueryContext, object?[], IEnumerable<KeyValuePair<string, object?>>>? Properties)
    {
        /// <summary>The expressions of <c>:$(...)</c> labels, each a STRING or a LIST&lt;STRING&gt;.</summary>
        public Evaluator[] DynamicLabels { get; init; } = [];
    }

    private sealed record RelSpec(int Slot, string Type, int From, int To, Func<QueryContext, object?[], IEnumerable<KeyValuePair<string, object?>>>? Properties)
    {
        /// <summary>The expression of a <c>:$(...)</c> type, which must name exactly one type; null for a type written out.</summary>
        public Evaluator? DynamicType { get; init; }
    }

    /// <summary>
    /// The labels CREATE and MERGE give a node: names written out, and <c>$(...)</c> (or <c>$all(...)</c>) parts joined
    /// by ':' or '&amp;'. A choice (<c>$any</c>, '|', '!', '%') describes no node to make.
    /// </summary>
    private (string[] Names, Evaluator[] Dynamic) CreatedLabels(IReadOnlyList<string> labels, LabelExpression? expression, RowSlots scope, SourceSpan span)
    {
        if (expression is null)
        {
            return ([.. labels], []);
        }

        var operands = expression is LabelConjunction conjunction ? conjunction.Operands : [expression];
        var names = new List<string>(labels);
        var dynamic = new List<Evaluator>();
        foreach (var operand in operands)
        {
            switch (operand)
            {
                case LabelName name:
                    names.Add(name.Name);
                    break;
                case LabelDynamic { Any: false } part:
                    dynamic.Add(Compile(part.Expression, scope));
                    break;
                default:
                    CypherErrors.Syntax<int>("InvalidLabelExpression", "CREATE and MERGE take labels written out or as $(...), joined by ':' or '&'.", span);
                    break;
            }
        }

        return ([.. names], [.. dynamic]);
    }

    /// <summary>
    /// Compiles a CREATE pattern (or the create half of a MERGE, whose variables already have slots in
    /// <paramref name="target"/>). Variables bound before the clause are used as they are.
    /// </summary>
    private RowAction CompileCreate(IReadOnlyList<PatternPart> parts, RowSlots before, RowSlots? target, bool merge, out RowSlots after)
    {
        var scope = before;
        var actions = new List<(NodeSpec? Node, RelSpec? Rel, (int Slot, int Start, int[] Rels)? Path)>();
        var createdHere = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            var nodes = part.Element.Nodes.ToArray();
            var rels = part.Element.Relationships.ToArray();
            var nodeSlots = new int[nodes.Length];
            var relSlots = new int[rels.Length];
            for (var i = 0; i < nodes.Length; i++)
            {
                var node = nodes[i];
                var name = node.Variable?.Name;
                var bound = name is not null && scope.Contains(name);
                if (bound && (node.Labels.Count > 0 || node.Properties is not null) && (!merge || before.Contains(name!)))
                {
                    CypherErrors.Syntax<int>("VariableAlreadyBound", $"Variable `{name}` already declared.", node.Span);
                }

                int slot;
                if (bound)
                {
                    scope.TryGet(name!, out slot);
                }
                else
                {
                    slot = name is not null && target is not null && target.TryGet(name, out var s) ? s : NewSlot();
                    if (name is not null)
                    {
                        scope = scope.With(name, slot);
                        createdHere.Add(name);
                    }
                }

                nodeSlots[i] = slot;
                var (labels, dynamicLabels) = CreatedLabels(node.Labels, node.LabelExpression, before, node.Span);
                actions.Add((new NodeSpec(slot, bound, labels, CompileProperties(node.Properties, scope, merge)) { DynamicLabels = dynamicLabels }, null, null));
            }

            for (var j = 0; j < rels.Length; j++)
            {
                var rel = rels[j];
                if (rel.Length is not null)
                {
                    CypherErrors.Syntax<int>("CreatingVarLength", "Variable length relationships cannot be created.", rel.Span);
                }

                var dynamicType = rel.TypeExpression is LabelDynamic { Any: false } typeExpression ? Compile(typeExpression.Expression, before) : null;
                if (rel.Types.Count != 1 && dynamicType is null)
                {
                    CypherErrors.Syntax<int>("NoSingleRelationshipType", "A relationship must be created with exactly one type.", rel.Span);
                }

                if (rel.Direction == RelationshipDirection.Both && !merge)
                {
                    CypherErrors.Syntax<int>("RequiresDirectedRelationship", "Only directed relationships can be created.", rel.Span);
                }

                var name = rel.Variable?.Name;
                if (name is not null && scope.Contains(name))
                {
                    CypherErrors.Syntax<int>("VariableAlreadyBound", $"Variable `{name}` already declared.", rel.Span);
                }

                var slot = name is not null && target is not null && target.TryGet(name, out var s) ? s : NewSlot();
                if (name is not null)
                {
                    scope = scope.With(name, slot);
                }

                relSlots[j] = slot;
                var (from, to) = rel.Direction == RelationshipDirection.Left ? (nodeSlots[j + 1], nodeSlots[j]) : (nodeSlots[j], nodeSlots[j + 1]);
                actions.Add((null, new RelSpec(slot, dynamicType is null ? rel.Types[0] : "", from, to, CompileProperties(rel.Properties, scope, merge)) { DynamicType = dynamicType }, null));
            }

            if (part.PathVariable is { } pathVariable)
            {
                var slot = target is not null && target.TryGet(pathVariable.Name, out var s) ? s : NewSlot();
                scope = scope.With(pathVariable.Name, slot);
                actions.Add((null, null, (slot, nodeSlots[0], relSlots)));
            }
        }

        after = scope;
        var steps = actions.ToArray();
        return (context, row) =>
        {
            var output = Rows.Copy(row);
            var store = context.Store;
            foreach (var (node, rel, path) in steps)
            {
                if (node is not null)
                {
                    if (node.Bound)
                    {
                        if (output[node.Slot] is not NodeRef)
                        {
                            CypherErrors.TypeError("InvalidArgumentType", "CREATE needs a node here.");
                        }

                        continue;
                    }

                    var properties = node.Properties?.Invoke(context, output);
                    var id = store.CreateNode();
                    foreach (var label in node.Labels.Concat(DynamicNames(context, output, node.DynamicLabels)))
                    {
                        store.AddLabel(id, store.Labels.GetOrAdd(label));
                    }

                    SetAll(context, properties, (key, value) => store.SetNodeProperty(id, key, value));
                    output[node.Slot] = new NodeRef(id);
                }
                else if (rel is not null)
                {
                    if (output[rel.From] is not NodeRef from || output[rel.To] is not NodeRef to)
                    {
                        CypherErrors.TypeError("InvalidArgumentType", "A relationship needs two nodes; one end is null.");
                        return output;
                    }

                    if (!store.NodeExists(from.Id) || !store.NodeExists(to.Id))
                    {
                        CypherErrors.DeletedEntity("node");
                    }

                    var properties = rel.Properties?.Invoke(context, output);
                    var type = rel.DynamicType is null ? rel.Type : OneType(rel.DynamicType(context, output));
                    var id = store.CreateRelationship(from.Id, to.Id, store.RelationshipTypes.GetOrAdd(type));
                    SetAll(context, properties, (key, value) => store.SetRelationshipProperty(id, key, value));
                    output[rel.Slot] = new RelRef(id);
                }
                else if (path is { } p)
                {
                    output[p.Slot] = PathBuildStep.Build(context, output, p.Start, p.Rels);
                }
            }

            return output;
        };
    }

    private static void SetAll(QueryContext context, IEnumerable<KeyValuePair<string, object?>>? properties, Action<int, object?> set)
    {
        if (properties is null)
        {
            return;
        }

        foreach (var (key, value) in properties.ToList())
        {
            var stored = StorableValue(value);
            if (stored is not null)
            {
                set(context.Store.PropertyKeys.GetOrAdd(key), stored);
            }
        }
    }

    private Func<QueryContext, object?[], IEnumerable<KeyValuePair<string, object?>>>? CompileProperties(Expression? properties, RowSlots scope, bool merge)
    {
        if (properties is null)
        {
            return null;
        }

        if (merge && properties is Parameter)
        {
            return CypherErrors.Syntax<Func<QueryContext, object?[], IEnumerable<KeyValuePair<string, object?>>>>(
                "InvalidParameterUse", "Parameter maps cannot be used in MERGE patterns.", properties.Span);
        }

        var map = Compile(properties, scope);
        return (context, row) =>
        {
            var value = map(context, row);
            IReadOnlyDictionary<string, object?> entries = value switch
            {
                null => new Dictionary<string, object?>(),
                IReadOnlyDictionary<string, object?> m => m,
                _ => CypherErrors.TypeError<IReadOnlyDictionary<string, object?>>("InvalidArgumentType", "Properties must be a map."),
            };
            if (merge && entries.Any(static e => e.Value is null))
            {
                throw new CypherException(CypherErrorKind.SemanticError, "MergeReadOwnWrites",
                    "Cannot merge an entity with a null property value.", CypherErrorPhase.Runtime);
            }

            return entries;
        };
    }

    /// <summary>A value a property may hold: null (no property), a scalar, or a list of one scalar type.</summary>
    internal static object? StorableValue(object? value)
    {
        switch (value)
        {
            case null or long or double or string or bool:
                return value;
            case IReadOnlyDictionary<string, object?>:
                break;
            case IReadOnlyList<object?> list:
                {
                    Type? type = null;
                    foreach (var item in list)
                    {
                        if (item is not (long or double or string or bool) || (type is not null && item.GetType() != type))
                        {
                            if (item is null || item is IReadOnlyList<object?> or IReadOnlyDictionary<string, object?> || type is not null)
                            {
                                return CypherErrors.TypeError<object?>("InvalidPropertyType",
                                    "A property list must hold values of one simple type.");
                            }
                        }

                        type ??= item?.GetType();
                    }

                    return list.ToList().AsReadOnly();
                }

            default:
                if (Functions.TemporalSupport.IsTemporal(value))
                {
                    return value;
                }

                break;
        }

        return CypherErrors.TypeError<object?>("InvalidPropertyType", $"A property cannot hold {CypherValues.TypeName(value)}.");
    }

    private RowAction CompileSetItems(IReadOnlyList<SetItem> items, RowSlots scope)
    {
        var actions = items.Select(item => CompileSetItem(item, scope)).ToArray();
        return (context, row) =>
        {
            foreach (var action in actions)
            {
                action(context, row);
            }

            return row;
        };
    }

    private Action<QueryContext, object?[]> CompileSetItem(SetItem item, RowSlots scope)
    {
        switch (item)
        {
            case SetPropertyItem property:
                {
                    var subject = Compile(property.Property.Subject, scope);
                    var value = Compile(property.Value, scope);
                    var key = property.Property.PropertyName;
                    return (context, row) => SetProperty(context, subject(context, row), key, value(context, row));
                }

            case SetPropertiesItem properties:
                {
                    var target = Compile(properties.Target, scope);
                    var value = Compile(properties.Value, scope);
                    var mergeMaps = properties.Merge;
                    return (context, row) =>
                    {
                        var entity = target(context, row);
                        var map = value(context, row) switch
                        {
                            null => new Dictionary<string, object?>(),
                            NodeRef n => Functions.Entities.NodeProperties(context, n.Id),
                            RelRef r => Functions.Entities.RelationshipProperties(context, r.Id),
                            IReadOnlyDictionary<string, object?> m => m,
                            var other => CypherErrors.TypeError<IReadOnlyDictionary<string, object?>>("InvalidArgumentType",
                                $"SET needs a map, not {CypherValues.TypeName(other)}."),
                        };
                        if (entity is null)
                        {
                            return;
                        }

                        var entries = map.ToList();
                        if (!mergeMaps)
                        {
                            var existing = entity switch
                            {
                                NodeRef n => Functions.Entities.NodeProperties(context, n.Id),
                                RelRef r => Functions.Entities.RelationshipProperties(context, r.Id),
                                _ => [],
                            };
                            foreach (var key in existing.Keys)
                            {
                                if (!map.ContainsKey(key))
                                {
                                    SetProperty(context, entity, key, null);
                                }
                            }
                        }

                        foreach (var (key, v) in entries)
                        {
                            SetProperty(context, entity, key, v);
                        }
                    };
                }

            case SetLabelsItem labels:
                return AddLabels(Compile(labels.Target, scope), LabelNames(labels.Labels));

            case SetDynamicLabelsItem labels:
                return AddLabels(Compile(labels.Target, scope), LabelNames(labels.Labels, scope));

            case SetDynamicPropertyItem property:
                {
                    var subject = Compile(property.Subject, scope);
                    var key = Compile(property.Key, scope);
                    var value = Compile(property.Value, scope);
                    return (context, row) => SetProperty(context, subject(context, row), PropertyKey(key(context, row)), value(context, row));
                }

            default:
                return CypherErrors.Syntax<Action<QueryContext, object?[]>>("UnexpectedSyntax", "Unsupported SET item.", item.Span);
        }
    }

    private static Func<QueryContext, object?[], IEnumerable<string>> LabelNames(IReadOnlyList<string> labels) => (_, _) => labels;

    private Func<QueryContext, object?[], IEnumerable<string>> LabelNames(IReadOnlyList<Expression> labels, RowSlots scope)
    {
        var names = labels.Select(label => Compile(label, scope)).ToArray();
        return (context, row) => DynamicNames(context, row, names);
    }

    // SET n:A:B and SET n:$(names): the names are read only once the target is known to be a node.
    private static Action<QueryContext, object?[]> AddLabels(Evaluator target, Func<QueryContext, object?[], IEnumerable<string>> names) =>
        (context, row) =>
        {
            switch (target(context, row))
            {
                case null:
                    return;
                case NodeRef node:
                    foreach (var label in names(context, row))
                    {
                        context.Store.AddLabel(node.Id, context.Store.Labels.GetOrAdd(label));
                    }

                    return;
                case var other:
                    CypherErrors.TypeError("InvalidArgumentType", $"Labels can only be set on nodes, not {CypherValues.TypeName(other)}.");
                    return;
            }
        };

    // REMOVE n:A:B and REMOVE n:$(names); a label no node has ever had is nothing to remove.
    private static Action<QueryContext, object?[]> RemoveLabels(Evaluator target, Func<QueryContext, object?[], IEnumerable<string>> names) =>
        (context, row) =>
        {
            if (target(context, row) is not NodeRef node)
            {
                return;
            }

            foreach (var label in names(context, row))
            {
                var token = context.Store.Labels.Find(label);
                if (token >= 0)
                {
                    context.Store.RemoveLabel(node.Id, token);
                }
            }
        };

    // The labels of :$(a):B:$(c): each expression a STRING or a LIST<STRING>.
    private static IEnumerable<string> DynamicNames(QueryContext context, object?[] row, Evaluator[] names) =>
        names.SelectMany(name => Execution.Matching.LabelTest.Names(name(context, row))).ToList();

    // A relationship is made with exactly one type, whether written out or computed.
    private static string OneType(object? value) => Execution.Matching.LabelTest.Names(value) is [var type]
        ? type
        : CypherErrors.ArgumentError<string>("NoSingleRelationshipType", "A relationship must be created with exactly one type; $(...) gave several.");

    // n[key] in SET and REMOVE: the key must be a STRING (Neo4j 5, dynamic properties).
    private static string PropertyKey(object? key) => key as string
        ?? CypherErrors.TypeError<string>("InvalidArgumentType", $"A dynamic property key needs a STRING, not {CypherValues.TypeName(key)}.");

    private static void SetProperty(QueryContext context, object? entity, string key, object? value)
    {
        var store = context.Store;
        switch (entity)
        {
            case null:
                return;
            case NodeRef node:
                if (!store.NodeExists(node.Id))
                {
                    CypherErrors.DeletedEntity("node");
                }

                store.SetNodeProperty(node.Id, store.PropertyKeys.GetOrAdd(key), StorableValue(value));
                return;
            case RelRef rel:
                if (!store.RelationshipExists(rel.Id))
                {
                    CypherErrors.DeletedEntity("relationship");
                }

                store.SetRelationshipProperty(rel.Id, store.PropertyKeys.GetOrAdd(key), StorableValue(value));
                return;
            default:
                CypherErrors.TypeError("InvalidArgumentType", $"Properties can only be set on nodes and relationships, not {CypherValues.TypeName(entity)}.");
                return;
        }
    }

    private RowAction CompileRemoveItems(IReadOnlyList<RemoveItem> items, RowSlots scope)
    {
        var actions = items.Select<RemoveItem, Action<QueryContext, object?[]>>(item =>
        {
            switch (item)
            {
                case RemovePropertyItem property:
                    {
                        var subject = Compile(property.Property.Subject, scope);
                        var key = property.Property.PropertyName;
                        return (context, row) =>
                        {
                            var entity = subject(context, row);
                            if (entity is NodeRef or RelRef && context.Store.PropertyKeys.Find(key) < 0)
                            {
                                return;
                            }

                            SetProperty(context, entity, key, null);
                        };
                    }

                case RemoveLabelsItem labels:
                    return RemoveLabels(Compile(labels.Target, scope), LabelNames(labels.Labels));

                case RemoveDynamicLabelsItem labels:
                    return RemoveLabels(Compile(labels.Target, scope), LabelNames(labels.Labels, scope));

                case RemoveDynamicPropertyItem property:
                    {
                        var subject = Compile(property.Subject, scope);
                        var key = Compile(property.Key, scope);
                        return (context, row) =>
                        {
                            var entity = subject(context, row);
                            var name = PropertyKey(key(context, row));
                            if (entity is NodeRef or RelRef && context.Store.PropertyKeys.Find(name) < 0)
                            {
                                return;
                            }

                            SetProperty(context, entity, name, null);
                        };
                    }

                default:
                    return CypherErrors.Syntax<Action<QueryContext, object?[]>>("UnexpectedSyntax", "Unsupported REMOVE item.", item.Span);
            }
        }).ToArray();
        return (context, row) =>
        {
            foreach (var action in actions)
            {
                action(context, row);
            }

            return row;
        };
    }

    private RowAction CompileDelete(DeleteClause delete, RowSlots scope)
    {
        foreach (var expression in delete.Expressions)
        {
            if (expression is LabelPredicate)
            {
                CypherErrors.Syntax<int>("InvalidDelete", "DELETE takes nodes, relationships or paths, not label expressions.", expression.Span);
            }
        }

        var targets = delete.Expressions.Select(e => Compile(e, scope)).ToArray();
        var detach = delete.Detach;
        return (context, row) =>
        {
            foreach (var target in targets)
            {
                Delete(context, target(context, row), detach);
            }

            return row;
        };
    }

    private static void Delete(QueryContext context, object? value, bool detach)
    {
        var store = context.Store;
        switch (value)
        {
            case null:
                return;
            case NodeRef node:
                if (detach)
                {
                    foreach (var rel in store.Relationships(node.Id, Store.Direction.Both).ToArray())
                    {
                        store.DeleteRelationship(rel);
                    }
                }

                store.DeleteNode(node.Id);
                return;
            case RelRef rel:
                store.DeleteRelationship(rel.Id);
                return;
            case PathValue path:
                foreach (var rel in path.Relationships)
                {
                    store.DeleteRelationship(rel);
                }

                foreach (var node in path.Nodes)
                {
                    Delete(context, new NodeRef(node), detach);
                }

                return;
            default:
                CypherErrors.TypeError("InvalidArgumentType", $"DELETE takes nodes, relationships or paths, not {CypherValues.TypeName(value)}.");
                return;
        }
    }
}
