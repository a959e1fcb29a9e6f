using Chile1973.Graph.Core.Model;
using Chile1973.Graph.Cypher.Store;
using Xunit;

namespace Chile1973.Graph.Cypher.Tests.Store;

public sealed class GraphStoreTests
{
    private static KnowledgeGraph SmallGraph(params (string From, string To)[] more)
    {
        var provenance = new Provenance("article", "a quote");
        GraphNode Node(string id, NodeKind kind, string name, params string[] aliases) =>
            new(id, kind, name, aliases, null, null, null, new Dictionary<string, object?>(), provenance);
        GraphRelationship Rel(string id, string type, string from, string to) =>
            new(id, type, from, to, PartialDate.Parse("1970"), null, new Dictionary<string, object?>(), provenance);
        return new KnowledgeGraph(
            [
                Node("salvador_allende", NodeKind.Person, "Salvador Allende"),
                Node("unidad_popular", NodeKind.Coalition, "Unidad Popular", "UP"),
                Node("augusto_pinochet", NodeKind.Person, "Augusto Pinochet Ugarte"),
                Node("partido_socialista", NodeKind.Party, "Partido Socialista de Chile", "PS"),
                Node("concepcion", NodeKind.Place, "Concepción"),
            ],
            [
                Rel("r1", "MEMBER_OF", "salvador_allende", "partido_socialista"),
                Rel("r2", "LED", "salvador_allende", "unidad_popular"),
                Rel("r3", "MEMBER_OF", "partido_socialista", "unidad_popular"),
                Rel("r4", "OPPOSED", "augusto_pinochet", "salvador_allende"),
                .. more.Select((r, i) => Rel($"more{i}", "MET", r.From, r.To)),
            ]);
    }

    [Fact]
    public void Load_gives_every_node_its_kind_as_label_and_its_curated_properties()
    {
        var store = GraphStore.Load(SmallGraph());

        Assert.Equal(5, store.NodeCount);
        Assert.Equal(4, store.RelationshipCount);
        var allende = store.NodesById("salvador_allende")[0];
        Assert.True(store.HasLabel(allende, store.Labels.Find("Person")));
        Assert.Equal("Salvador Allende", store.NodeProperty(allende, store.PropertyKeys.Find("name")));
        Assert.Equal("a quote", store.NodeProperty(allende, store.PropertyKeys.Find("quote")));
        var rel = store.Relationships(allende, Direction.Outgoing)[0];
        Assert.Equal("1970", store.RelationshipProperty(rel, store.PropertyKeys.Find("start")));
    }

    [Fact]
    public void Load_throws_naming_the_missing_end_when_a_relationship_dangles()
    {
        var graph = SmallGraph();
        var broken = new KnowledgeGraph(graph.Nodes, [.. graph.Relationships, graph.Relationships[0] with { Id = "r9", EndId = "nobody" }]);

        var error = Assert.Throws<InvalidDataException>(() => GraphStore.Load(broken));

        Assert.Contains("nobody", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Adjacency_is_split_by_direction_and_type()
    {
        var store = GraphStore.Load(SmallGraph());
        var allende = store.NodesById("salvador_allende")[0];
        var memberOf = store.RelationshipTypes.Find("MEMBER_OF");
        var opposed = store.RelationshipTypes.Find("OPPOSED");

        Assert.Equal(2, store.Relationships(allende, Direction.Outgoing).Length);
        Assert.Equal(1, store.Relationships(allende, Direction.Outgoing, memberOf).Length);
        Assert.Equal(0, store.Relationships(allende, Direction.Outgoing, opposed).Length);
        var incoming = store.Relationships(allende, Direction.Incoming, opposed);
        Assert.Equal(1, incoming.Length);
        Assert.Equal(store.NodesById("augusto_pinochet")[0], store.StartNode(incoming[0]));
        Assert.Equal(3, store.Degree(allende, Direction.Both));
    }

    [Fact]
    public void Search_ignores_accents_and_case_and_ranks_exact_before_prefix_before_infix()
    {
        var store = GraphStore.Load(SmallGraph());

        var concepcion = store.SearchNames("CONCEPCION");
        var up = store.SearchNames("up");
        var socialista = store.SearchNames("socialista");

        Assert.Equal(store.NodesById("concepcion")[0], Assert.Single(concepcion).Node);
        Assert.Equal(1.0, up[0].Score);
        Assert.Equal(store.NodesById("unidad_popular")[0], up[0].Node);
        Assert.Equal(0.7, Assert.Single(socialista).Score);
    }

    [Fact]
    public void Indexes_built_ahead_find_what_a_search_finds_and_a_write_sends_them_to_be_built_again()
    {
        var store = GraphStore.Load(SmallGraph());

        store.BuildLazyIndexes();
        var built = store.LazyIndexesBuilt;
        var found = store.SearchNames("popular");
        var write = store.BeginWrite();
        store.SetNodeProperty(store.NodesById("concepcion")[0], store.PropertyKeys.Find("name"), "Popular Front");
        write.Commit();
        var afterWrite = store.LazyIndexesBuilt;

        Assert.True(built);
        Assert.Equal(store.NodesById("unidad_popular")[0], Assert.Single(found).Node);
        Assert.False(afterWrite);
        Assert.Equal(2, store.SearchNames("popular").Count);
    }

    [Fact]
    public void Name_prefix_lookup_is_case_sensitive_and_in_name_order()
    {
        var store = GraphStore.Load(SmallGraph());
        var nameKey = store.PropertyKeys.Find("name");

        var found = store.NodesWithNamePrefix("S").ToArray();

        Assert.Equal(["Salvador Allende"], found.Select(n => store.NodeProperty(n, nameKey)));
        Assert.Empty(store.NodesWithNamePrefix("s").ToArray());
    }

    [Fact]
    public void A_self_loop_counts_once_in_a_degree_as_loaded_written_deleted_and_rolled_back()
    {
        var store = GraphStore.Load(SmallGraph(("salvador_allende", "salvador_allende"), ("concepcion", "concepcion"), ("concepcion", "concepcion")));
        var allende = store.NodesById("salvador_allende")[0];
        var concepcion = store.NodesById("concepcion")[0];
        var pinochet = store.NodesById("augusto_pinochet")[0];
        int Degree(int node) => store.Degree(node, Direction.Both);

        Assert.Equal([4, 2, 1], new[] { Degree(allende), Degree(concepcion), Degree(pinochet) });

        var write = store.BeginWrite();
        var loop = store.CreateRelationship(pinochet, pinochet, "MET");
        store.CreateRelationship(pinochet, pinochet, "MET");
        Assert.Equal(3, Degree(pinochet));
        store.DeleteRelationship(loop);
        Assert.Equal(2, Degree(pinochet));
        write.Commit();

        write = store.BeginWrite();
        foreach (var rel in store.Relationships(concepcion, Direction.Outgoing).ToArray())
        {
            store.DeleteRelationship(rel);
        }

        store.CreateRelationship(allende, allende, "MET");
        Assert.Equal([5, 0], new[] { Degree(allende), Degree(concepcion) });
        write.Rollback();

        Assert.Equal([4, 2, 2], new[] { Degree(allende), Degree(concepcion), Degree(pinochet) });
    }

    [Fact]
    public void Each_relationship_s_far_end_is_read_beside_it_as_loaded_written_deleted_and_rolled_back()
    {
        var store = GraphStore.Load(SmallGraph(("salvador_allende", "salvador_allende"), ("concepcion", "augusto_pinochet")));
        var nodes = Enumerable.Range(0, store.NodeIdLimit).ToArray();
        var types = new[] { "MET", "LED", "AAA", "ZZZ" };
        var random = new Random(7);
        AssertFarEnds(store);

        for (var round = 0; round < 6; round++)
        {
            var write = store.BeginWrite();
            for (var i = 0; i < 12; i++)
            {
                var from = nodes[random.Next(nodes.Length)];
                // One in four a self-loop, whose far end is the node itself in both its entries.
                var to = random.Next(4) == 0 ? from : nodes[random.Next(nodes.Length)];
                store.CreateRelationship(from, to, types[random.Next(types.Length)]);
            }

            var node = nodes[random.Next(nodes.Length)];
            foreach (var rel in store.Relationships(node, Direction.Both).ToArray().Where((_, i) => i % 2 == 0))
            {
                store.DeleteRelationship(rel);
            }

            AssertFarEnds(store);
            if (round % 3 == 2)
            {
                write.Rollback();
            }
            else
            {
                write.Commit();
            }

            AssertFarEnds(store);
        }

        static void AssertFarEnds(GraphStore store)
        {
            var seen = 0;
            for (var node = 0; node < store.NodeIdLimit; node++)
            {
                foreach (var direction in new[] { Direction.Outgoing, Direction.Incoming })
                {
                    var typeTokens = Enumerable.Range(0, store.RelationshipTypes.Count);
                    foreach (var segment in typeTokens.Select(t => store.RelationshipSegment(node, direction, t)).Append(store.RelationshipSegment(node, direction)))
                    {
                        var ends = GraphStore.OtherEnds(segment).ToArray();
                        var expected = segment.Select(rel => direction == Direction.Outgoing ? store.EndNode(rel) : store.StartNode(rel)).ToArray();
                        Assert.Equal(expected, ends);
                        seen += ends.Length;
                    }
                }

                var both = GraphStore.OtherEnds(store.RelationshipSegment(node, Direction.Both)).ToArray();
                Assert.Equal(store.Relationships(node, Direction.Both).Length, both.Length);
            }

            Assert.True(seen > 0);
        }
    }

    [Fact]
    public void Rollback_puts_back_every_change_of_a_write()
    {
        var store = GraphStore.Load(SmallGraph());
        var allende = store.NodesById("salvador_allende")[0];
        var pinochet = store.NodesById("augusto_pinochet")[0];
        var nameKey = store.PropertyKeys.Find("name");
        var before = store.Relationships(allende, Direction.Both).ToArray();

        var write = store.BeginWrite();
        var created = store.CreateNode(["Person", "NewLabel"], [new("id", "someone"), new("name", "Someone")]);
        store.CreateRelationship(created, allende, "KNEW");
        store.SetNodeProperty(allende, nameKey, "Changed");
        store.RemoveLabel(pinochet, store.Labels.Find("Person"));
        foreach (var rel in store.Relationships(pinochet, Direction.Both).ToArray())
        {
            store.DeleteRelationship(rel);
        }

        store.DeleteNode(pinochet);
        write.Rollback();

        Assert.Equal(5, store.NodeCount);
        Assert.Equal(4, store.RelationshipCount);
        Assert.Equal(5, store.NodeIdLimit);
        Assert.Equal(-1, store.Labels.Find("NewLabel"));
        Assert.Equal("Salvador Allende", store.NodeProperty(allende, nameKey));
        Assert.True(store.NodeExists(pinochet));
        Assert.True(store.HasLabel(pinochet, store.Labels.Find("Person")));
        Assert.Equal(before, store.Relationships(allende, Direction.Both).ToArray());
        Assert.Empty(store.NodesById("someone").ToArray());
        Assert.Equal(2, store.NodesWithLabel(store.Labels.Find("Person")).Length);
    }

    [Fact]
    public void A_write_that_deletes_a_node_but_not_its_relationships_is_reported_before_commit()
    {
        var store = GraphStore.Load(SmallGraph());
        var allende = store.NodesById("salvador_allende")[0];

        var write = store.BeginWrite();
        store.DeleteNode(allende);

        Assert.Equal(allende, write.FindDeletedNodeStillConnected());
        write.Rollback();
        Assert.True(store.NodeExists(allende));
    }

    [Fact]
    public async Task Readers_share_the_lock_and_a_writer_waits_for_them()
    {
        var store = new GraphStore();
        var token = TestContext.Current.CancellationToken;

        var first = await store.Lock.ReaderLockAsync(token);
        var second = await store.Lock.ReaderLockAsync(token);
        var writer = store.Lock.WriterLockAsync(token).AsTask();
        Assert.False(writer.IsCompleted);
        first.Dispose();
        Assert.False(writer.IsCompleted);
        second.Dispose();
        using var write = await writer.WaitAsync(TimeSpan.FromSeconds(5), token);
        var reader = store.Lock.ReaderLockAsync(token).AsTask();
        Assert.False(reader.IsCompleted);
        write.Dispose();
        (await reader.WaitAsync(TimeSpan.FromSeconds(5), token)).Dispose();
    }

    [Fact]
    public void Generated_graph_files_load_in_the_import_header_format_and_name_bad_lines()
    {
        var dir = Directory.CreateTempSubdirectory("chile1973-bulk").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "nodes.csv"), "id:ID,name,:LABEL,start\nn0,Person 0 A,Person,1950\nn1,\"Place, 1\",Place;Region,1900\n");
            File.WriteAllText(Path.Combine(dir, "relationships.csv"), ":START_ID,:END_ID,:TYPE,since:int\nn0,n1,LOCATED_IN,1960\n");

            var store = GraphStore.Load(Core.GraphFiles.Reading.GraphFileReader.Read(dir, cancellationToken: TestContext.Current.CancellationToken));

            var n1 = store.NodesById("n1")[0];
            Assert.Equal("Place, 1", store.NodeProperty(n1, store.PropertyKeys.Find("name")));
            Assert.True(store.HasLabel(n1, store.Labels.Find("Region")));
            var rel = Assert.Single(store.Relationships(n1, Direction.Incoming).ToArray());
            Assert.Equal(1960L, store.RelationshipProperty(rel, store.PropertyKeys.Find("since")));

            File.WriteAllText(Path.Combine(dir, "relationships.csv"), ":START_ID,:END_ID,:TYPE,since:int\nn0,n1,LOCATED_IN,1960\nn0,n7,LOCATED_IN,1960\n");
            var error = Assert.Throws<Core.GraphFiles.GraphValidationException>(() => GraphStore.Load(Core.GraphFiles.Reading.GraphFileReader.Read(dir, cancellationToken: TestContext.Current.CancellationToken)));
            Assert.Contains("relationships.csv:3: :END_ID: no node has id 'n7'", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
