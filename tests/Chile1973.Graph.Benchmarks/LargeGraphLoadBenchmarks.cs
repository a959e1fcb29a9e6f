using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Chile1973.Graph.Cypher.Store;

namespace Chile1973.Graph.Benchmarks;

/// <summary>Loading the generated graph of <c>BENCH_GRAPH_DIR</c> (1M nodes, 5M relationships): seconds per run, so a few cold runs.</summary>
[MemoryDiagnoser]
[BenchmarkCategory("Large")]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class LargeGraphLoadBenchmarks
{
    private string _directory = null!;

    [GlobalSetup]
    public void Setup() => _directory = BenchGraphs.LargeGraphDirectory
        ?? throw new InvalidOperationException($"Set {BenchGraphs.LargeGraphVariable} to a folder made by gen_graph.py.");

    [Benchmark]
    public GraphStore Load_large_graph() => GraphStore.Load(Core.GraphFiles.Reading.GraphFileReader.Read(_directory));
}
