using Chile1973.Graph.Core.Model;
using Chile1973.Graph.Cypher.Store;
using Chile1973.Graph.Cypher.Tests.Engine;
using Xunit;

namespace Chile1973.Graph.Cypher.Tests.Store;

/// <summary>
/// A node's id and name are read from a copy kept beside the node for speed: whatever a write, a removal or a
/// rollback does to a loaded node or a created one, a read gives what the node holds, and a node that is gone is
/// still refused.
/// </summary>
public sealed class NodeIdAndNameReadTests
{
    public static TheoryData<string> Origins => ["loaded", "created"];

    [Theory]
    [MemberData(nameof(Origins))]
    public async Task An_id_and_a_name_set_changed_and_removed_read_back_as_the_node_holds_them(string origin)
    {
        var harness = Harness(origin);

        await harness.WriteAsync("MATCH (n {id: 'a'}) SET n.id = 'b', n.name = 'Bea'");
        Assert.Equal(["'b', 'Bea'"], await harness.RowsAsync("MATCH (n) WHERE n.id <> 'other' RETURN n.id AS id, n.name AS name"));

        await harness.WriteAsync("MATCH (n {id: 'b'}) REMOVE n.name");
        Assert.Equal(["'b', null"], await harness.RowsAsync("MATCH (n) WHERE n.id <> 'other' RETURN n.id AS id, n.name AS name"));

        // Not a string: read from the node's own properties, not from the kept copy.
        await harness.WriteAsync("MATCH (n {id: 'b'}) SET n.id = 7, n.name = ['C', 'D']");
        Assert.Equal(["7, ['C', 'D']"], await harness.RowsAsync("MATCH (n) WHERE n.id = 7 RETURN n.id AS id, n.name AS name"));

        await harness.WriteAsync("MATCH (n) WHERE n.id = 7 SET n = {id: 'e', colour: 'red'}");
        Assert.Equal(["'e', null, 'red'"], await harness.RowsAsync("MATCH (n {id: 'e'}) RETURN n.id AS id, n.name AS name, n.colour AS colour"));
        Assert.Equal(["'other', 'Other'"], await harness.RowsAsync("MATCH (n {id: 'other'}) RETURN n.id AS id, n.name AS name"));
    }

    [Theory]
    [MemberData(nameof(Origins))]
    public async Task A_failed_write_leaves_the_id_and_name_it_changed_as_they_were(string origin)
    {
        var harness = Harness(origin);

        await Assert.ThrowsAnyAsync<Exception>(() => harness.WriteAsync("MATCH (n {id: 'a'}) SET n.id = 'z', n.name = 'Zoe' RETURN 1 / 0 AS boom"));

        Assert.Equal(["'a', 'Ana'"], await harness.RowsAsync("MATCH (n {id: 'a'}) RETURN n.id AS id, n.name AS name"));
        Assert.Empty(await harness.RowsAsync("MATCH (n {id: 'z'}) RETURN n.name AS name"));
    }

    [Fact]
    public void A_node_created_then_rolled_back_leaves_nothing_to_the_node_made_next_in_its_place()
    {
        var store = GraphStore.Load(Graph());
        var idKey = store.PropertyKeys.Find(GraphStore.IdProperty);
        var nameKey = store.PropertyKeys.Find(GraphStore.NameProperty);

        var write = store.BeginWrite();
        var rolledBack = store.CreateNode(["Person"], [new(GraphStore.IdProperty, "gone"), new(GraphStore.NameProperty, "Gone")]);
        write.Rollback();
        var next = store.CreateNode();

        Assert.Equal(rolledBack, next);
        Assert.Null(store.NodeProperty(next, idKey));
        Assert.Null(store.NodeProperty(next, nameKey));
    }

    [Theory]
    [MemberData(nameof(Origins))]
    public async Task A_node_deleted_in_a_write_is_refused_when_read_after_its_deletion(string origin)
    {
        var harness = Harness(origin);

        var error = await Assert.ThrowsAnyAsync<Exception>(() => harness.WriteAsync("MATCH (n {id: 'a'}) DETACH DELETE n RETURN n.name AS name"));

        Assert.Contains("deleted", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(["'a'", "'other'"], await harness.RowsAsync("MATCH (n) RETURN n.id AS id ORDER BY id"));
    }

    // Loaded nodes get the kept copy as they are appended; created ones as their properties are set.
    private static EngineHarness Harness(string origin) => origin == "loaded"
        ? new EngineHarness(GraphStore.Load(Graph()))
        : new EngineHarness("CREATE (:Person {id: 'a', name: 'Ana'}), (:Person {id: 'other', name: 'Other'})");

    private static KnowledgeGraph Graph()
    {
        var provenance = new Provenance("article", "a quote");
        GraphNode Node(string id, string name) =>
            new(id, NodeKind.Person, name, [], null, null, null, new Dictionary<string, object?>(), provenance);
        return new KnowledgeGraph([Node("a", "Ana"), Node("other", "Other")], []);
    }
}
