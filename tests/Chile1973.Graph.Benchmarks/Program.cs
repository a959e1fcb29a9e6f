using BenchmarkDotNet.Running;
using Chile1973.Graph.Benchmarks;

// --scale times every explorer template and every graph call of the hub on both graphs (ScaleBench); --quick prints a median table from a Stopwatch loop, --lenses [article] [paths] [influence] the same for the explorer's lenses (all three parts by default), --hub [large] [reached] [parts] (or the starts in the file BENCH_STARTS names) where an expansion's
// time and allocations go, --load N times loading the large graph, --csv compares the graph reader's CSV splitting with Sep's;
// anything else goes to BenchmarkDotNet.
if (Array.IndexOf(args, "--load") is var load and >= 0)
{
    return LoadBench.Run(load + 1 < args.Length ? int.Parse(args[load + 1], System.Globalization.CultureInfo.InvariantCulture) : 3);
}

if (args.Contains("--csv"))
{
    return CsvSplitBench.Run();
}

if (Array.IndexOf(args, "--lenses") is var lenses and >= 0)
{
    return await LensBench.RunAsync(args.Skip(lenses + 1).TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal)).ConfigureAwait(false);
}

if (args.Contains("--hub"))
{
    return await HubPathBench.RunAsync(large: args.Contains("large"), reached: args.Contains("reached"), parts: args.Contains("parts")).ConfigureAwait(false);
}

if (args.Contains("--scale"))
{
    return await ScaleBench.RunAsync().ConfigureAwait(false);
}

if (args.Contains("--quick"))
{
    return await QuickBench.RunAsync().ConfigureAwait(false);
}

Type[] suites = BenchGraphs.LargeGraphDirectory is null
    ? [typeof(ArticleGraphBenchmarks)]
    : [typeof(ArticleGraphBenchmarks), typeof(LargeGraphBenchmarks), typeof(LargeGraphLoadBenchmarks)];
BenchmarkSwitcher.FromTypes(suites).Run(args);
return 0;
