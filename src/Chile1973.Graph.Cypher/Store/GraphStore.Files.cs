using Chile1973.Graph.Core.GraphFiles;
using Chile1973.Graph.Core.GraphFiles.Reading;

namespace Chile1973.Graph.Cypher.Store;

/// <summary>Loading a graph as read from its files, without the curated checks (a generated graph, say).</summary>
public sealed partial class GraphStore
{
    private static readonly int[] NoLabels = [];

    /// <summary>
    /// Loads a graph read by <see cref="GraphFileReader"/>: one node per node row (labels from <c>:LABEL</c>,
    /// split on <c>;</c>, properties from its property columns), one relationship per relationship row, in file
    /// order. All or nothing: a graph the reader found problems in throws with every problem.
    /// </summary>
    /// <exception cref="GraphValidationException">The reading found problems.</exception>
    public static GraphStore Load(GraphFileSet files)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (files.Problems.Count > 0)
        {
            throw new GraphValidationException(files.Problems);
        }

        var store = new GraphStore();
        store.ReserveNodes(files.NodeCount);
        var labelSets = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var table in files.NodeFiles)
        {
            var keys = store.KeysOf(table.Layout);
            for (var row = 0; row < table.RowCount; row++)
            {
                var labels = table.Labels[row] is { } field ? store.LabelSet(labelSets, field) : NoLabels;
                store.AppendNode(labels, keys, table.Values[row]);
            }
        }

        store.ReserveRelationships(files.RelationshipCount);
        foreach (var table in files.RelationshipFiles)
        {
            var keys = store.KeysOf(table.Layout);
            // A range's rows share one string per type: finding it by reference spares hashing five million names.
            var types = new Dictionary<object, int>(ReferenceEqualityComparer.Instance);
            for (var row = 0; row < table.RowCount; row++)
            {
                var name = table.Types[row];
                if (!types.TryGetValue(name, out var type))
                {
                    type = store.RelationshipTypes.GetOrAdd(name);
                    types.Add(name, type);
                }

                store.AppendRelationship(table.Starts[row], table.Ends[row], type, keys, table.Values[row]);
            }
        }

        store.FinishBulk();
        return store;
    }

    private int[] KeysOf(GraphFileLayout layout) =>
        Shared([.. layout.PropertyColumns.Select(c => PropertyKeys.GetOrAdd(layout.Columns[c]!.Key))]);

    private int[] LabelSet(Dictionary<string, int[]> known, string field)
    {
        if (!known.TryGetValue(field, out var labels))
        {
            var tokens = field.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(Labels.GetOrAdd).Distinct().Order().ToArray();
            labels = Shared(tokens);
            known[field] = labels;
        }

        return labels;
    }
}
