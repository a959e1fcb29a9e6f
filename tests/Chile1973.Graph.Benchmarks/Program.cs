using BenchmarkDotNet.Running;
using Chile1973.Graph.Benchmarks;

// --quick prints a median table from a Stopwatch loop; anything else goes to BenchmarkDotNet.
if (args.Contains("--quick"))
{
    return await QuickBench.RunAsync().ConfigureAwait(false);
}

Type[] suites = BenchGraphs.LargeGraphDirectory is null
    ? [typeof(ArticleGraphBenchmarks)]
    : [typeof(ArticleGraphBenchmarks), typeof(LargeGraphBenchmarks)];
BenchmarkSwitcher.FromTypes(suites).Run(args);
return 0;
