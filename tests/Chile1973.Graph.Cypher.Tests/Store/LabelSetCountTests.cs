using Chile1973.Graph.Cypher.Store;
using Xunit;

namespace Chile1973.Graph.Cypher.Tests.Store;

public sealed class LabelSetCountTests
{
    [Fact]
    public void Label_set_counts_follow_writes_and_a_rollback_restores_them()
    {
        var store = new GraphStore();
        var setup = store.BeginWrite();
        var n0 = store.CreateNode(["A"]);
        var n1 = store.CreateNode(["A", "B"]);
        var n2 = store.CreateNode([]);
        setup.Commit();
        var before = Counts(store);

        var write = store.BeginWrite();
        store.AddLabel(n2, store.Labels.GetOrAdd("B"));
        store.RemoveLabel(n1, store.Labels.Find("A"));
        store.DeleteNode(n0);
        store.CreateNode(["B", "C"]);
        var during = Counts(store);
        write.Rollback();

        Assert.Equal(["=1", "A;B=1", "A=1"], before);
        Assert.Equal(["B;C=1", "B=2"], during);
        Assert.Equal(before, Counts(store));
    }

    [Fact]
    public void Label_set_counts_leave_out_deleted_nodes_and_count_label_changes_once()
    {
        var store = new GraphStore();
        var node = store.CreateNode(["A"]);
        store.AddLabel(node, store.Labels.GetOrAdd("B"));
        store.AddLabel(node, store.Labels.GetOrAdd("B"));
        var other = store.CreateNode(["A"]);
        store.DeleteNode(other);

        Assert.Equal(["A;B=1"], Counts(store));
    }

    private static List<string> Counts(GraphStore store) =>
        [.. store.LabelSetCounts()
            .Select(s => string.Join(';', s.Labels.ToArray().Select(store.Labels.Name)) + "=" + s.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Order(StringComparer.Ordinal)];
}
