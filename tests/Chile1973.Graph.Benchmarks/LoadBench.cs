using System.Diagnostics;
using System.Globalization;

namespace Chile1973.Graph.Benchmarks;

/// <summary><c>--load N</c>: loads the large graph N times and prints each time, the median, the managed heap and the peak working set.</summary>
internal static class LoadBench
{
    public static int Run(int runs)
    {
        if (BenchGraphs.LargeGraphDirectory is null)
        {
            Console.Error.WriteLine($"Set {BenchGraphs.LargeGraphVariable} to a folder made by /work/shared/bench/gen_graph.py.");
            return 1;
        }

        var seconds = new double[runs];
        long bytes = 0;
        for (var i = 0; i < runs; i++)
        {
            var (store, elapsed, heap) = BenchGraphs.LoadLarge();
            seconds[i] = elapsed.TotalSeconds;
            bytes = heap;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"load {i + 1}: {store.NodeCount:N0} nodes, {store.RelationshipCount:N0} relationships in {elapsed.TotalSeconds:F2} s, managed heap {heap / (1024.0 * 1024 * 1024):F2} GB"));
            GC.KeepAlive(store);
        }

        Array.Sort(seconds);
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"median {seconds[runs / 2]:F2} s over {runs} loads; managed heap {bytes / (1024.0 * 1024 * 1024):F2} GB; peak working set {process.PeakWorkingSet64 / (1024.0 * 1024 * 1024):F2} GB"));
        return 0;
    }
}
