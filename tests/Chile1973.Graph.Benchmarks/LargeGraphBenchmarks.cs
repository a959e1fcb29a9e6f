using BenchmarkDotNet.Attributes;
using Chile1973.Graph.Cypher;

namespace Chile1973.Graph.Benchmarks;

/// <summary>The five shapes of the bench README on the generated graph (1M nodes, 5M relationships) of <c>BENCH_GRAPH_DIR</c>.</summary>
[MemoryDiagnoser]
[BenchmarkCategory("Large")]
public class LargeGraphBenchmarks
{
    private EmbeddedCypherEngine _engine = null!;
    private Dictionary<string, object?> _typical = null!;
    private Dictionary<string, object?> _hub = null!;
    private Dictionary<string, object?> _path = null!;
    private Dictionary<string, object?> _prefix = null!;

    [GlobalSetup]
    public void Setup()
    {
        var store = BenchGraphs.LargeStore.Store;
        _engine = new EmbeddedCypherEngine(store, ExplorerEngine.Options);
        _typical = new() { ["id"] = QueryShapes.TypicalNode(store, 0.5) };
        _hub = new() { ["id"] = QueryShapes.BiggestHub(store) };
        _path = new() { ["src"] = QueryShapes.TypicalNode(store, 0.25), ["dst"] = QueryShapes.TypicalNode(store, 0.75) };
        _prefix = new() { ["p"] = QueryShapes.NamePrefixOf(store, 0.5, 12) };
    }

    [Benchmark]
    public Task<int> Q1_one_hop() => QueryRunner.RunAsync(_engine, QueryShapes.OneHop, _typical);

    [Benchmark]
    public Task<int> Q2_two_hop_capped_at_500() => QueryRunner.RunAsync(_engine, QueryShapes.TwoHop, _typical);

    [Benchmark]
    public Task<int> Q2_two_hop_from_the_biggest_hub() => QueryRunner.RunAsync(_engine, QueryShapes.TwoHop, _hub);

    [Benchmark]
    public Task<int> Q3_shortest_path_up_to_6_hops() => QueryRunner.RunAsync(_engine, QueryShapes.ShortestPath, _path);

    [Benchmark]
    public Task<int> Shortest_5_trails() => QueryRunner.RunAsync(_engine, QueryShapes.ShortestFive, _path);

    [Benchmark]
    public Task<int> Q4_name_prefix() => QueryRunner.RunAsync(_engine, QueryShapes.NamePrefix, _prefix);

    [Benchmark]
    public Task<int> Q5_count_by_label() => QueryRunner.RunAsync(_engine, QueryShapes.CountByLabel);
}
