namespace Chile1973.Graph.Web.Lenses;

/// <summary>A walk through the graph: its nodes in order, and the steps between them (step i joins node i and node i + 1).</summary>
internal sealed record Walk(IReadOnlyList<string> Nodes, IReadOnlyList<LensStep> Steps)
{
    public int Length => Steps.Count;

    /// <summary>Identifies the walk by its relationships (with its start, they fix its nodes).</summary>
    public string Key { get; } = string.Join('\u001f', Steps.Select(s => s.Edge.Data.Id));

    public string EdgeId(int index) => Steps[index].Edge.Data.Id;

    /// <summary>Shorter first, then by node ids, then by edge ids: the same order on every engine.</summary>
    public static int Compare(Walk? left, Walk? right)
    {
        if (ReferenceEquals(left, right))
        {
            return 0;
        }

        if (left is null || right is null)
        {
            return left is null ? -1 : 1;
        }

        var byLength = left.Length.CompareTo(right.Length);
        if (byLength != 0)
        {
            return byLength;
        }

        for (var i = 0; i < left.Nodes.Count; i++)
        {
            var byNode = string.CompareOrdinal(left.Nodes[i], right.Nodes[i]);
            if (byNode != 0)
            {
                return byNode;
            }
        }

        return string.CompareOrdinal(left.Key, right.Key);
    }
}
