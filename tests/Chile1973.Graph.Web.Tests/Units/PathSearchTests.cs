using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Cypher;
using Chile1973.Graph.Web.Lenses;
using Chile1973.Graph.Web.Lenses.Paths;
using Xunit;

namespace Chile1973.Graph.Web.Tests.Units;

/// <summary>
/// The path search over a graph with hubs (hub-graph.cypher beside this file), reading each level in batches of a
/// few relationships so that it stops at batches before and after the hubs: the k shortest paths it finds are
/// simple, distinct, and as long as the k shortest simple paths a variable-length match enumerates.
/// </summary>
public sealed class PathSearchTests
{
    private const int K = 5;
    private const int MaxLength = 4;
    private static readonly Lazy<EmbeddedCypherEngine> Engine = new(Load);

    // Pairs through the hubs, next to them, and among ordinary nodes.
    public static TheoryData<string, string> Pairs() => new()
    {
        { "h0", "h1" }, { "h2", "h3" }, { "h4", "h17" }, { "h5", "h30" }, { "h7", "h9" }, { "h11", "h38" },
        { "h12", "h0" }, { "h20", "h21" }, { "h25", "h33" }, { "h39", "h2" }, { "h8", "h16" }, { "h14", "h27" },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public async Task K_shortest_paths_read_in_small_batches_are_as_long_as_the_shortest_simple_paths_enumerated(string from, string to)
    {
        var runner = UnitGraph.Runner(Engine.Value);
        var graph = new LensGraph(runner, new StepFilter(null, false), linksOnly: true, firstBatch: 3);

        var found = await PathSearch.KShortestAsync(graph, from, to, K, MaxLength, Token);

        Assert.Equal(await EnumeratedLengthsAsync(from, to), found.Select(w => w.Length));
        Assert.Equal(found.Count, found.Select(w => w.Key).Distinct().Count());
        foreach (var walk in found)
        {
            Assert.Equal(from, walk.Nodes[0]);
            Assert.Equal(to, walk.Nodes[^1]);
            Assert.Equal(walk.Nodes.Count, walk.Nodes.Distinct().Count());
            for (var i = 0; i < walk.Length; i++)
            {
                var edge = walk.Steps[i].Edge.Data;
                Assert.Equal(new[] { walk.Nodes[i], walk.Nodes[i + 1] }.Order(), new[] { edge.Source, edge.Target }.Order());
            }
        }
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public async Task The_shortest_path_read_in_small_batches_is_as_long_as_the_one_read_a_whole_level_at_a_time(string from, string to)
    {
        var runner = UnitGraph.Runner(Engine.Value);
        var batched = new LensGraph(runner, new StepFilter(null, false), linksOnly: true, firstBatch: 1);
        var whole = new LensGraph(runner, new StepFilter(null, false), linksOnly: true, firstBatch: int.MaxValue);
        var none = new HashSet<string>();

        var inBatches = await PathSearch.ShortestAsync(batched, from, to, MaxLength, none, none, Token);
        var inLevels = await PathSearch.ShortestAsync(whole, from, to, MaxLength, none, none, Token);

        Assert.Equal(inLevels?.Length, inBatches?.Length);
    }

    private static async Task<List<int>> EnumeratedLengthsAsync(string from, string to)
    {
        var query = new CypherQuery(
            $$"""
            MATCH p = (a {id: $from})-[*1..{{MaxLength}}]-(b {id: $to})
            WITH p, nodes(p) AS ns
            WHERE all(i IN range(0, size(ns) - 2) WHERE none(j IN range(i + 1, size(ns) - 1) WHERE ns[i] = ns[j]))
            RETURN length(p) AS length ORDER BY length LIMIT {{K}}
            """,
            new Dictionary<string, object?> { ["from"] = from, ["to"] = to });
        await using var cursor = await Engine.Value.RunAsync(query, QueryOptions.Read, Token);
        var lengths = new List<int>();
        await foreach (var record in cursor.WithCancellation(Token))
        {
            lengths.Add((int)(long)record[0]!);
        }

        return lengths;
    }

    private static EmbeddedCypherEngine Load() => UnitGraph.LoadAsync("hub-graph.cypher", CancellationToken.None).GetAwaiter().GetResult();

    private static CancellationToken Token => TestContext.Current.CancellationToken;
}
