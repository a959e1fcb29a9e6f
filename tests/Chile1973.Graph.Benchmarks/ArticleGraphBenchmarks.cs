using BenchmarkDotNet.Attributes;
using Chile1973.Graph.Core.Explorer;
using Chile1973.Graph.Cypher;
using Chile1973.Graph.Cypher.Planning;
using Chile1973.Graph.Cypher.Semantics;
using Chile1973.Graph.Cypher.Store;
using Chile1973.Graph.Cypher.Syntax;

namespace Chile1973.Graph.Benchmarks;

/// <summary>Parse, plan and run of the explorer's query shapes on the article graph.</summary>
[MemoryDiagnoser]
[BenchmarkCategory("Article")]
public class ArticleGraphBenchmarks
{
    private EmbeddedCypherEngine _engine = null!;
    private Dictionary<string, object?> _hub = null!;
    private Dictionary<string, object?> _path = null!;
    private Dictionary<string, object?> _prefix = null!;
    private Dictionary<string, object?> _search = null!;
    private Dictionary<string, object?> _ring = null!;
    private Dictionary<string, object?> _plot = null!;

    [GlobalSetup]
    public void Setup()
    {
        var store = BenchGraphs.ArticleStore;
        _engine = new EmbeddedCypherEngine(store, ExplorerEngine.Options);
        var hub = QueryShapes.BiggestHub(store);
        _hub = new() { ["id"] = hub };
        _path = new() { ["src"] = QueryShapes.TypicalNode(store, 0.1), ["dst"] = QueryShapes.TypicalNode(store, 0.9) };
        _prefix = new() { ["p"] = QueryShapes.NamePrefixOf(store, 0.5, 3) };
        _search = new() { ["query"] = "allende", ["limit"] = 10L };
        _plot = new() { ["from"] = "cia_intervention", ["to"] = "coup_1973" };
        _ring = new() { ["frontier"] = new List<object?> { hub }, ["seen"] = new List<object?> { hub } };
    }

    [Benchmark]
    public object Parse_two_hop() => CypherParser.Parse(QueryShapes.TwoHop);

    [Benchmark]
    public object Plan_two_hop() =>
        QueryPlanner.Plan(SemanticAnalyzer.Analyze(CypherParser.Parse(QueryShapes.TwoHop)), QueryShapes.TwoHop, _engine.Procedures);

    [Benchmark]
    public Task<int> One_hop_from_the_biggest_hub() => QueryRunner.RunAsync(_engine, QueryShapes.OneHop, _hub);

    [Benchmark]
    public Task<int> Two_hop_capped_at_500_from_the_biggest_hub() => QueryRunner.RunAsync(_engine, QueryShapes.TwoHop, _hub);

    [Benchmark]
    public Task<int> Shortest_path_up_to_6_hops() => QueryRunner.RunAsync(_engine, QueryShapes.ShortestPath, _path);

    [Benchmark]
    public Task<int> Plot_chain_with_a_quantified_relationship() => QueryRunner.RunAsync(_engine, QueryShapes.PlotChain, _plot);

    [Benchmark]
    public Task<int> Name_prefix() => QueryRunner.RunAsync(_engine, QueryShapes.NamePrefix, _prefix);

    [Benchmark]
    public Task<int> Full_text_search() => QueryRunner.RunAsync(_engine, ExplorerQueries.Search, _search);

    [Benchmark]
    public Task<int> Ring_candidates_of_the_biggest_hub() => QueryRunner.RunAsync(_engine, ExplorerQueries.RingCandidates, _ring);

    [Benchmark]
    public Task<int> Count_by_label() => QueryRunner.RunAsync(_engine, QueryShapes.CountByLabel);

    [Benchmark]
    public GraphStore Load_article_graph() => GraphStore.Load(Core.GraphFiles.GraphDirectory.Load(
        Path.Combine(BenchGraphs.RepositoryRoot(), "graph"), Path.Combine(BenchGraphs.RepositoryRoot(), "seeds")));
}
