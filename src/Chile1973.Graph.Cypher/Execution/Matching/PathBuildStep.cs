namespace Chile1973.Graph.Cypher.Execution.Matching;

/// <summary>Binds a named path from its start node and, per hop, a relationship or a relationship list.</summary>
internal sealed class PathBuildStep(int pathSlot, int startSlot, int[] relSlots) : MatchStep
{
    public override IEnumerable<object?[]> Extend(QueryContext context, object?[] row, MatchState state)
    {
        var path = Build(context, row, startSlot, relSlots);
        if (path is null)
        {
            yield break;
        }

        var output = Rows.Copy(row);
        output[pathSlot] = path;
        yield return output;
    }

    public static PathValue? Build(QueryContext context, object?[] row, int startSlot, int[] relSlots)
    {
        if (row[startSlot] is not NodeRef start)
        {
            return null;
        }

        var store = context.Store;
        var nodes = new List<int> { start.Id };
        var rels = new List<int>();
        var current = start.Id;
        foreach (var slot in relSlots)
        {
            switch (row[slot])
            {
                case RelRef rel:
                    current = store.OtherNode(rel.Id, current);
                    rels.Add(rel.Id);
                    nodes.Add(current);
                    break;
                case IReadOnlyList<object?> list:
                    foreach (var item in list)
                    {
                        var r = (RelRef)item!;
                        current = store.OtherNode(r.Id, current);
                        rels.Add(r.Id);
                        nodes.Add(current);
                    }

                    break;
                default:
                    return null;
            }
        }

        return new PathValue([.. nodes], [.. rels]);
    }
}
