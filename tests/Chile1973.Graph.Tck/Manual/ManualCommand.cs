using System.Diagnostics;
using System.Globalization;
using Chile1973.Graph.Tck.Execution;
using Chile1973.Graph.Tck.Reporting;

namespace Chile1973.Graph.Tck.Manual;

/// <summary>
/// <c>--manual [cases.jsonl] [--filter TEXT] [--area AREA] [--timeout S] [--parallel N] [--failures] [--update-baseline FILE]</c>:
/// runs the Cypher Manual's examples.
/// </summary>
public static class ManualCommand
{
    private const string Usage =
        "usage: Chile1973.Graph.Tck --manual [cases.jsonl] [--filter TEXT] [--area AREA] [--timeout S] [--parallel N] [--failures] [--update-baseline FILE]\n" +
        "  cases.jsonl     the manual's cases (default: $CYPHER_MANUAL_CASES, else ../shared/cypher-manual/cases.jsonl beside the repository)\n" +
        "  --filter TEXT   run only cases whose id contains TEXT\n" +
        "  --area AREA     run only the cases of one area\n" +
        "  --failures      list every failure with its reason\n" +
        "  --update-baseline FILE  raise the ratchet file's pass count (and lower its crash count) to this run's";

    /// <summary>Runs the command (the arguments after <c>--manual</c>); returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        string? path = null, filter = null, area = null, baseline = null;
        var timeout = TimeSpan.FromSeconds(10);
        var parallel = Environment.ProcessorCount;
        var listFailures = false;
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            try
            {
                switch (args[i])
                {
                    case "--filter": filter = Next(); break;
                    case "--area": area = Next(); break;
                    case "--timeout": timeout = TimeSpan.FromSeconds(double.Parse(Next(), CultureInfo.InvariantCulture)); break;
                    case "--parallel": parallel = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--failures": listFailures = true; break;
                    case "--update-baseline": baseline = Next(); break;
                    case "-h" or "--help": output.WriteLine(Usage); return 0;
                    case var option when option.StartsWith("--", StringComparison.Ordinal): throw new ArgumentException($"unknown option {option}");
                    default:
                        path = path is null ? args[i] : throw new ArgumentException($"unexpected argument {args[i]}");
                        break;
                }
            }
            catch (Exception bad) when (bad is ArgumentException or FormatException or OverflowException)
            {
                await error.WriteLineAsync($"{bad.Message}\n{Usage}").ConfigureAwait(false);
                return 2;
            }
        }

        path ??= ManualCatalog.Locate(Directory.GetCurrentDirectory());
        if (path is null || !File.Exists(path))
        {
            await error.WriteLineAsync($"{(path is null ? "no cases file given or found" : $"no file at {path}")}\n{Usage}").ConfigureAwait(false);
            return 2;
        }

        IReadOnlyList<ManualCase> cases;
        try
        {
            cases = ManualCatalog.Load(path);
        }
        catch (FormatException bad)
        {
            await error.WriteLineAsync(bad.Message).ConfigureAwait(false);
            return 2;
        }

        var whole = filter is null && area is null;
        cases = [.. cases.Where(c => (filter is null || c.Id.Contains(filter, StringComparison.OrdinalIgnoreCase))
            && (area is null || string.Equals(c.Area, area, StringComparison.Ordinal)))];

        var clock = Stopwatch.StartNew();
        var options = new TckRunOptions(string.Empty) { Timeout = timeout, MaxParallelism = parallel };
        var results = await ManualRunner.RunAsync(cases, ManualErrata.Load(ManualErrata.DefaultPath), EmbeddedTckEngine.Create, options, cancellationToken).ConfigureAwait(false);
        clock.Stop();

        if (baseline is not null)
        {
            if (!whole)
            {
                await error.WriteLineAsync("--update-baseline needs every case; it is ignored with --filter or --area.").ConfigureAwait(false);
            }
            else
            {
                var tightened = TckBaseline.Load(baseline).Tighten(TckTally.Of(results.Select(r => r.Status)));
                tightened.Save(baseline);
                output.WriteLine($"Baseline {baseline}: {tightened.Passed} passed, at most {tightened.Crashed} crashed.");
            }
        }

        ManualReport.Write(output, results, clock.Elapsed, listFailures);
        return 0;
    }
}
