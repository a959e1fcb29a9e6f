using Chile1973.Graph.Cypher.Store;

namespace Chile1973.Graph.Neo4j.Testing;

/// <summary>
/// A copy of a store with the same node and relationship slots, so element ids read in an explicit
/// transaction name the same entities before and after its commit.
/// </summary>
internal static class StoreCopy
{
    public static GraphStore Of(GraphStore source)
    {
        var copy = new GraphStore();
        var labels = Tokens(source.Labels, copy.Labels);
        var types = Tokens(source.RelationshipTypes, copy.RelationshipTypes);
        var keys = Tokens(source.PropertyKeys, copy.PropertyKeys);

        // Deleted slots are created and deleted again, so the live ones keep their numbers.
        for (var node = 0; node < source.NodeIdLimit; node++)
        {
            var created = copy.CreateNode();
            if (!source.NodeExists(node))
            {
                continue;
            }

            foreach (var label in source.NodeLabels(node))
            {
                copy.AddLabel(created, labels[label]);
            }

            var nodeKeys = source.NodePropertyKeys(node);
            var nodeValues = source.NodePropertyValues(node);
            for (var i = 0; i < nodeKeys.Length; i++)
            {
                copy.SetNodeProperty(created, keys[nodeKeys[i]], nodeValues[i]);
            }
        }

        for (var rel = 0; rel < source.RelationshipIdLimit; rel++)
        {
            var created = copy.CreateRelationship(source.StartNode(rel), source.EndNode(rel), types[source.RelationshipType(rel)]);
            if (!source.RelationshipExists(rel))
            {
                continue;
            }

            var relKeys = source.RelationshipPropertyKeys(rel);
            var relValues = source.RelationshipPropertyValues(rel);
            for (var i = 0; i < relKeys.Length; i++)
            {
                copy.SetRelationshipProperty(created, keys[relKeys[i]], relValues[i]);
            }
        }

        for (var rel = 0; rel < source.RelationshipIdLimit; rel++)
        {
            if (!source.RelationshipExists(rel))
            {
                copy.DeleteRelationship(rel);
            }
        }

        for (var node = 0; node < source.NodeIdLimit; node++)
        {
            if (!source.NodeExists(node))
            {
                copy.DeleteNode(node);
            }
        }

        return copy;
    }

    private static int[] Tokens(TokenDictionary source, TokenDictionary copy)
    {
        var map = new int[source.Count];
        for (var token = 0; token < source.Count; token++)
        {
            map[token] = copy.GetOrAdd(source.Name(token));
        }

        return map;
    }
}
