using System.Diagnostics;
using Chile1973.Graph.Core.GraphFiles;
using Chile1973.Graph.Cypher.Store;

namespace Chile1973.Graph.Benchmarks;

/// <summary>The graphs benchmarks run on: the article graph of <c>graph/</c>, and the generated graph of <c>BENCH_GRAPH_DIR</c>.</summary>
internal static class BenchGraphs
{
    /// <summary>The environment variable naming the folder of <c>nodes.csv</c> and <c>relationships.csv</c>.</summary>
    public const string LargeGraphVariable = "BENCH_GRAPH_DIR";

    private static readonly Lazy<GraphStore> Article = new(LoadArticle);
    private static readonly Lazy<(GraphStore Store, TimeSpan Elapsed, long Bytes)> Large = new(LoadLarge);

    public static GraphStore ArticleStore => Article.Value;

    public static string? LargeGraphDirectory =>
        Environment.GetEnvironmentVariable(LargeGraphVariable) is { Length: > 0 } dir && File.Exists(Path.Combine(dir, "nodes.csv")) ? dir : null;

    public static (GraphStore Store, TimeSpan Elapsed, long Bytes) LargeStore => Large.Value;

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Chile1973.Graph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Run the benchmarks from inside the repository: Chile1973.Graph.sln was not found above " + AppContext.BaseDirectory);
    }

    private static GraphStore LoadArticle()
    {
        var root = RepositoryRoot();
        return GraphStore.Load(GraphDirectory.Load(Path.Combine(root, "graph"), Path.Combine(root, "seeds")));
    }

    /// <summary>Loads the large graph, measuring wall time and the managed heap it occupies.</summary>
    public static (GraphStore Store, TimeSpan Elapsed, long Bytes) LoadLarge()
    {
        var dir = LargeGraphDirectory ?? throw new InvalidOperationException($"Set {LargeGraphVariable} to a folder made by gen_graph.py.");
        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        var store = GraphStore.Load(Core.GraphFiles.Reading.GraphFileReader.Read(dir));
        clock.Stop();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        return (store, clock.Elapsed, after - before);
    }
}
