using Chile1973.Graph.Core.Store;

namespace Chile1973.Graph.Cypher.Execution.Matching;

/// <summary>The labels (or types) and property values a pattern element demands of a node or relationship.</summary>
internal sealed class EntityCheck(string[] labels, (string Key, Evaluator Value)[] properties, Evaluator? propertyMap)
{
    public static EntityCheck None { get; } = new([], [], null);

    public string[] Labels { get; } = labels;

    public bool IsEmpty => Labels.Length == 0 && properties.Length == 0 && propertyMap is null;

    public bool MatchesNode(QueryContext context, object?[] row, int node)
    {
        var store = context.Store;
        foreach (var label in Labels)
        {
            var token = store.Labels.Find(label);
            if (token < 0 || !store.HasLabel(node, token))
            {
                return false;
            }
        }

        return MatchesProperties(context, row, key => store.NodeProperty(node, key));
    }

    public bool MatchesRelationshipProperties(QueryContext context, object?[] row, int rel) =>
        MatchesProperties(context, row, key => context.Store.RelationshipProperty(rel, key));

    private bool MatchesProperties(QueryContext context, object?[] row, Func<int, object?> read)
    {
        var store = context.Store;
        foreach (var (key, value) in properties)
        {
            var token = store.PropertyKeys.Find(key);
            if (token < 0 || CypherSemantics.Equal(read(token), value(context, row)) != true)
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
                if (token < 0 || CypherSemantics.Equal(read(token), expected) != true)
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
