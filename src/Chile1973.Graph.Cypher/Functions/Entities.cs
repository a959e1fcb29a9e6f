namespace Chile1973.Graph.Cypher.Functions;

/// <summary>Reads node and relationship properties for expressions, refusing entities deleted by this query.</summary>
internal static class Entities
{
    public static object? NodeProperty(QueryContext context, int node, string key) =>
        NodeValue(context, node, context.Store.PropertyKeys.Find(key));

    /// <summary>A node's property, its key's token kept by the caller (<see cref="PropertyKeyToken"/>).</summary>
    public static object? NodeProperty(QueryContext context, int node, PropertyKeyToken key) =>
        NodeValue(context, node, key.In(context.Store.PropertyKeys));

    public static object? RelationshipProperty(QueryContext context, int rel, string key) =>
        RelationshipValue(context, rel, context.Store.PropertyKeys.Find(key));

    /// <summary>A relationship's property, its key's token kept by the caller (<see cref="PropertyKeyToken"/>).</summary>
    public static object? RelationshipProperty(QueryContext context, int rel, PropertyKeyToken key) =>
        RelationshipValue(context, rel, key.In(context.Store.PropertyKeys));

    // The value under a key token (-1: a key no entity has had), once the node is known to exist.
    private static object? NodeValue(QueryContext context, int node, int token)
    {
        var store = context.Store;
        if (!store.NodeExists(node))
        {
            CypherErrors.DeletedEntity("node");
        }

        return token < 0 ? null : store.NodeProperty(node, token);
    }

    private static object? RelationshipValue(QueryContext context, int rel, int token)
    {
        var store = context.Store;
        if (!store.RelationshipExists(rel))
        {
            CypherErrors.DeletedEntity("relationship");
        }

        return token < 0 ? null : store.RelationshipProperty(rel, token);
    }

    public static Dictionary<string, object?> NodeProperties(QueryContext context, int node)
    {
        var store = context.Store;
        if (!store.NodeExists(node))
        {
            CypherErrors.DeletedEntity("node");
        }

        return Map(context, store.NodePropertyKeys(node), store.NodePropertyValues(node));
    }

    public static Dictionary<string, object?> RelationshipProperties(QueryContext context, int rel)
    {
        var store = context.Store;
        if (!store.RelationshipExists(rel))
        {
            CypherErrors.DeletedEntity("relationship");
        }

        return Map(context, store.RelationshipPropertyKeys(rel), store.RelationshipPropertyValues(rel));
    }

    private static Dictionary<string, object?> Map(QueryContext context, ReadOnlySpan<int> keys, ReadOnlySpan<object?> values)
    {
        var map = new Dictionary<string, object?>(keys.Length, StringComparer.Ordinal);
        for (var i = 0; i < keys.Length; i++)
        {
            map[context.Store.PropertyKeys.Name(keys[i])] = values[i];
        }

        return map;
    }
}
