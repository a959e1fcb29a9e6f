namespace Chile1973.Graph.Cypher.Execution.Matching;

/// <summary>
/// What a pattern element demands of a node or relationship: labels (or types), a label expression, property
/// values and an inline WHERE, which sees the candidate in <c>slot</c> (-1 when the element has no variable).
/// </summary>
internal sealed class EntityCheck(
    string[] labels,
    (string Key, Evaluator Value)[] properties,
    Evaluator? propertyMap,
    LabelTest? labelTest = null,
    Evaluator? where = null,
    int slot = -1)
{
    public static EntityCheck None { get; } = new([], [], null);

    public string[] Labels { get; } = labels;

    /// <summary>Label names of which the node must have one (<c>:A|B</c>), or null.</summary>
    public string[]? AnyOfLabels => labelTest?.AnyOf;

    public bool IsEmpty => Labels.Length == 0 && properties.Length == 0 && propertyMap is null && labelTest is null && where is null;

    // Checked per candidate of an expansion (thousands next to a hub): the property and WHERE checks, with the
    // closure and the reference they allocate, run only when there is something to check.
    private bool ChecksProperties => properties.Length > 0 || propertyMap is not null;

    public bool MatchesNode(QueryContext context, object?[] row, int node)
    {
        if (IsEmpty)
        {
            return true;
        }

        var store = context.Store;
        foreach (var label in Labels)
        {
            var token = store.Labels.Find(label);
            if (token < 0 || !store.HasLabel(node, token))
            {
                return false;
            }
        }

        if (labelTest is not null && !labelTest.MatchesNode(context, row, node))
        {
            return false;
        }

        return (!ChecksProperties || MatchesNodeProperties(context, row, node))
            && (where is null || MatchesWhere(context, row, new NodeRef(node)));
    }

    /// <summary>The relationship's type expression, properties and inline WHERE (the plain type list is the caller's).</summary>
    public bool MatchesRelationshipProperties(QueryContext context, object?[] row, int rel)
    {
        var store = context.Store;
        if (labelTest is not null && !labelTest.MatchesType(context, row, store.RelationshipTypes.Name(store.RelationshipType(rel))))
        {
            return false;
        }

        return (!ChecksProperties || MatchesRelationshipPropertyValues(context, row, rel))
            && (where is null || MatchesWhere(context, row, new RelRef(rel)));
    }

    // Apart from the checks above, so that the closure each makes is allocated only when it is called.
    private bool MatchesNodeProperties(QueryContext context, object?[] row, int node) =>
        MatchesProperties(context, row, key => context.Store.NodeProperty(node, key));

    private bool MatchesRelationshipPropertyValues(QueryContext context, object?[] row, int rel) =>
        MatchesProperties(context, row, key => context.Store.RelationshipProperty(rel, key));

    private bool MatchesWhere(QueryContext context, object?[] row, object entity)
    {
        if (where is null)
        {
            return true;
        }

        // The candidate is not bound yet: the predicate sees it on a copy of the row.
        var candidate = row;
        if (slot >= 0)
        {
            candidate = Rows.Copy(row);
            candidate[slot] = entity;
        }

        return where(context, candidate) is true;
    }

    private bool MatchesProperties(QueryContext context, object?[] row, Func<int, object?> read)
    {
        var store = context.Store;
        foreach (var (key, value) in properties)
        {
            var token = store.PropertyKeys.Find(key);
            if (token < 0 || ValueComparison.Equal(read(token), value(context, row)) != true)
            {
                return false;
            }
        }

        if (propertyMap is not null)
        {
            if (propertyMap(context, row) is not IReadOnlyDictionary<string, object?> map)
            {
                return false;
            }

            foreach (var (key, expected) in map)
            {
                var token = store.PropertyKeys.Find(key);
                if (token < 0 || ValueComparison.Equal(read(token), expected) != true)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>The relationship type tokens to follow, or null for any type; unknown types are dropped.</summary>
    public static int[]? TypeTokens(GraphStore store, string[] types)
    {
        if (types.Length == 0)
        {
            return null;
        }

        var tokens = new List<int>(types.Length);
        foreach (var type in types)
        {
            var token = store.RelationshipTypes.Find(type);
            if (token >= 0 && !tokens.Contains(token))
            {
                tokens.Add(token);
            }
        }

        tokens.Sort();
        return [.. tokens];
    }
}
