using System.Diagnostics;
using System.Globalization;
using Chile1973.Graph.Core.GraphFiles.Reading;
using nietras.SeparatedValues;

namespace Chile1973.Graph.Benchmarks;

/// <summary>
/// <c>--csv</c>: splits the large graph's files into fields with the graph reader's own splitter and with Sep, side by side
/// in one process (alternating, five rounds, medians), on one thread and on every processor. Both touch every field's bytes
/// (their lengths are summed and compared), neither converts values, so the figures are the CSV parsing alone.
/// </summary>
internal static class CsvSplitBench
{
    private const int Rounds = 5;

    public static int Run()
    {
        if (BenchGraphs.LargeGraphDirectory is not { } directory)
        {
            Console.Error.WriteLine($"Set {BenchGraphs.LargeGraphVariable} to a folder made by /work/shared/bench/gen_graph.py.");
            return 1;
        }

        foreach (var file in new[] { "nodes.csv", "relationships.csv" })
        {
            var path = Path.Combine(directory, file);
            var size = new FileInfo(path).Length / (1024.0 * 1024);
            var timings = new Dictionary<string, List<double>>(StringComparer.Ordinal);
            var sums = new Dictionary<string, long>(StringComparer.Ordinal);
            (string Name, Func<string, long> Split)[] contenders =
            [
                ("own, 1 thread", p => Own(p, parallel: false)),
                ("Sep, 1 thread", Sep1),
                ("own, all processors", p => Own(p, parallel: true)),
                ("Sep, all processors", SepParallel),
            ];
            for (var round = 0; round < Rounds; round++)
            {
                foreach (var (name, split) in contenders)
                {
                    var started = Stopwatch.GetTimestamp();
                    sums[name] = split(path);
                    (timings.TryGetValue(name, out var list) ? list : timings[name] = []).Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file} ({size:F0} MB), median of {Rounds}, load average {LoadAverage()}:"));
            foreach (var (name, _) in contenders)
            {
                var sorted = timings[name].Order().ToList();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {name,-22} {sorted[Rounds / 2],8:F0} ms  {size / (sorted[Rounds / 2] / 1000):F0} MB/s  (field bytes {sums[name]:N0})"));
            }
        }

        return 0;
    }

    private static long Own(string path, bool parallel)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
        var length = RandomAccess.GetLength(handle);
        var body = CsvRangeReader.LineEndAfter(handle, 0, length);
        var count = parallel ? Environment.ProcessorCount * 2 : 1;
        var bounds = new long[count + 1];
        bounds[0] = body;
        bounds[count] = length;
        for (var i = 1; i < count; i++)
        {
            bounds[i] = CsvRangeReader.LineEndAfter(handle, Math.Max(bounds[i - 1], body + ((length - body) * i / count) - 1), length);
        }

        var sums = new long[count];
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = parallel ? Environment.ProcessorCount : 1 }, i =>
        {
            using var reader = new CsvRangeReader(handle, bounds[i], bounds[i + 1]);
            var splitter = new CsvFieldSplitter();
            long sum = 0;
            while (reader.TryReadLine(out var line))
            {
                splitter.Split(line);
                for (var f = 0; f < splitter.Count; f++)
                {
                    sum += splitter.Field(line, f).Length;
                }
            }

            sums[i] = sum;
        });
        return sums.Sum();
    }

    private static long Sep1(string path)
    {
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(path);
        long sum = 0;
        foreach (var row in reader)
        {
            for (var f = 0; f < row.ColCount; f++)
            {
                sum += row[f].Span.Length;
            }
        }

        return sum;
    }

    private static long SepParallel(string path)
    {
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(path);
        return reader.ParallelEnumerate(row =>
        {
            long sum = 0;
            for (var f = 0; f < row.ColCount; f++)
            {
                sum += row[f].Span.Length;
            }

            return sum;
        }).Sum();
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
}
