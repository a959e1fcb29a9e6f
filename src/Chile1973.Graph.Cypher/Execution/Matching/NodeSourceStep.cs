namespace Chile1973.Graph.Cypher.Execution.Matching;

/// <summary>Binds the first node of a chain: checks it when already bound, else seeks or scans for it.</summary>
internal sealed class NodeSourceStep(int slot, bool bound, EntityCheck check, NodeSeek seek) : MatchStep
{
    // A node it finds is bound into a copy of the row (Bind); a node bound before passes the row itself on.
    public override bool YieldsOwnRows => !bound;

    public override IEnumerable<object?[]> Extend(QueryContext context, object?[] row, MatchState state)
    {
        var store = context.Store;
        if (bound)
        {
            if (row[slot] is NodeRef node && store.NodeExists(node.Id) && check.MatchesNode(context, row, node.Id))
            {
                yield return row;
            }

            yield break;
        }

        switch (seek)
        {
            case NodeSeek.Indexed indexed:
                {
                    var value = indexed.Value(context, row);
                    if (value is string text)
                    {
                        var key = store.PropertyKeys.Find(indexed.Key);
                        var nodes = key < 0 ? [] : store.NodesByIndexedProperty(key, text).ToArray();
                        foreach (var node in nodes)
                        {
                            if (check.MatchesNode(context, row, node))
                            {
                                yield return Bind(row, node);
                            }
                        }

                        yield break;
                    }

                    if (value is null)
                    {
                        yield break;
                    }

                    break;
                }

            case NodeSeek.IndexedList indexedList:
                {
                    var values = indexedList.Values(context, row);
                    if (values is not IReadOnlyList<object?> list || list.Any(static v => v is not (string or null)))
                    {
                        if (values is null)
                        {
                            yield break;
                        }

                        break;
                    }

                    var key = store.PropertyKeys.Find(indexedList.Key);
                    // In ascending order, each once: sorted and deduplicated in one array rather than a tree of a
                    // node each, as a ring anchors a query on a hundred ids.
                    var found = new List<int>(list.Count);
                    foreach (var value in list)
                    {
                        if (key >= 0 && value is string text)
                        {
                            found.AddRange(store.NodesByIndexedProperty(key, text));
                        }
                    }

                    found.Sort();
                    for (var i = 0; i < found.Count; i++)
                    {
                        var node = found[i];
                        if (i > 0 && found[i - 1] == node)
                        {
                            continue;
                        }

                        if (check.MatchesNode(context, row, node))
                        {
                            yield return Bind(row, node);
                        }
                    }

                    yield break;
                }

            case NodeSeek.NamePrefix prefix:
                {
                    if (prefix.Prefix(context, row) is not string text)
                    {
                        yield break;
                    }

                    var nodes = store.NodesWithNamePrefix(text);
                    for (var i = 0; i < nodes.Count; i++)
                    {
                        context.Tick();
                        var node = nodes[i];
                        if (store.NodeExists(node) && check.MatchesNode(context, row, node))
                        {
                            yield return Bind(row, node);
                        }
                    }

                    yield break;
                }

            default:
                break;
        }

        if (check.Labels.Length > 0)
        {
            var best = -1;
            var bestCount = int.MaxValue;
            foreach (var label in check.Labels)
            {
                var token = store.Labels.Find(label);
                if (token < 0)
                {
                    yield break;
                }

                var count = store.LabelCount(token);
                if (count < bestCount)
                {
                    best = token;
                    bestCount = count;
                }
            }

            for (var i = 0; i < store.LabelCount(best); i++)
            {
                context.Tick();
                var node = store.NodeWithLabelAt(best, i);
                if (check.MatchesNode(context, row, node))
                {
                    yield return Bind(row, node);
                }
            }

            yield break;
        }

        if (check.AnyOfLabels is { } anyOf)
        {
            // Each label's index in turn; a node carrying an earlier label of the list was already produced.
            var tokens = anyOf.Select(store.Labels.Find).Where(static t => t >= 0).ToArray();
            for (var l = 0; l < tokens.Length; l++)
            {
                for (var i = 0; i < store.LabelCount(tokens[l]); i++)
                {
                    context.Tick();
                    var node = store.NodeWithLabelAt(tokens[l], i);
                    if (!SeenEarlier(store, node, tokens, l) && check.MatchesNode(context, row, node))
                    {
                        yield return Bind(row, node);
                    }
                }
            }

            yield break;
        }

        for (var node = 0; node < store.NodeIdLimit; node++)
        {
            context.Tick();
            if (store.NodeExists(node) && check.MatchesNode(context, row, node))
            {
                yield return Bind(row, node);
            }
        }
    }

    private static bool SeenEarlier(Store.GraphStore store, int node, int[] tokens, int before)
    {
        for (var j = 0; j < before; j++)
        {
            if (store.HasLabel(node, tokens[j]))
            {
                return true;
            }
        }

        return false;
    }

    private object?[] Bind(object?[] row, int node)
    {
        var output = Rows.Copy(row);
        output[slot] = new NodeRef(node);
        return output;
    }
}
