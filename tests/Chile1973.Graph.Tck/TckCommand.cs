using System.Diagnostics;
using System.Globalization;
using Chile1973.Graph.Tck.Cases;
using Chile1973.Graph.Tck.Execution;
using Chile1973.Graph.Tck.Manual;
using Chile1973.Graph.Tck.Reporting;

namespace Chile1973.Graph.Tck;

/// <summary>
/// The runner's command line:
/// <c>&lt;features-dir&gt; [--json FILE] [--filter TEXT] [--graphs DIR] [--timeout SECONDS] [--parallel N] [--failures] [--update-baseline FILE]</c>.
/// </summary>
public static class TckCommand
{
    private const string Usage =
        "usage: Chile1973.Graph.Tck <features-dir> [--json FILE] [--filter TEXT] [--graphs DIR] [--timeout SECONDS] [--parallel N] [--failures] [--update-baseline FILE]\n" +
        "       Chile1973.Graph.Tck --manual [cases.jsonl] ... (the Cypher Manual's examples; --manual --help)\n" +
        "  <features-dir>  the TCK's tck/features folder (github.com/opencypher/openCypher)\n" +
        "  --json FILE     write per-case results as JSON\n" +
        "  --filter TEXT   run only cases whose id or title contains TEXT\n" +
        "  --graphs DIR    the named graphs folder (default: <features-dir>/../graphs)\n" +
        "  --timeout S     seconds a case may take (default 10)\n" +
        "  --parallel N    cases run at once (default: processor count)\n" +
        "  --failures      also list every failure with its reason\n" +
        "  --update-baseline FILE  raise the ratchet file's pass count (and lower its crash count) to this run's";

    /// <summary>Runs the command; returns the process exit code (0 when the suite ran, 2 on bad arguments).</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (args is ["--manual", ..])
        {
            return await ManualCommand.RunAsync(args[1..], output, error, cancellationToken).ConfigureAwait(false);
        }

        string? features = null, json = null, filter = null, graphs = null, baseline = null;
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
                    case "--json": json = Next(); break;
                    case "--filter": filter = Next(); break;
                    case "--graphs": graphs = Next(); break;
                    case "--timeout": timeout = TimeSpan.FromSeconds(double.Parse(Next(), CultureInfo.InvariantCulture)); break;
                    case "--parallel": parallel = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--failures": listFailures = true; break;
                    case "--update-baseline": baseline = Next(); break;
                    case "-h" or "--help": output.WriteLine(Usage); return 0;
                    case var option when option.StartsWith("--", StringComparison.Ordinal): throw new ArgumentException($"unknown option {option}");
                    default:
                        features = features is null ? args[i] : throw new ArgumentException($"unexpected argument {args[i]}");
                        break;
                }
            }
            catch (Exception bad) when (bad is ArgumentException or FormatException or OverflowException)
            {
                await error.WriteLineAsync($"{bad.Message}\n{Usage}").ConfigureAwait(false);
                return 2;
            }
        }

        if (features is null || !Directory.Exists(features))
        {
            await error.WriteLineAsync($"{(features is null ? "no features folder given" : $"no folder at {features}")}\n{Usage}").ConfigureAwait(false);
            return 2;
        }

        var cases = TckCatalog.Load(features);
        if (filter is not null)
        {
            cases = cases.Where(c => c.Id.Contains(filter, StringComparison.OrdinalIgnoreCase)
                || c.Name.Contains(filter, StringComparison.OrdinalIgnoreCase)).ToList();
        }

        var options = new TckRunOptions(graphs ?? TckRunOptions.GraphsBeside(features)) { Timeout = timeout, MaxParallelism = parallel };
        var clock = Stopwatch.StartNew();
        var results = await TckRunner.RunAsync(cases, EmbeddedTckEngine.Create, options, cancellationToken).ConfigureAwait(false);
        clock.Stop();

        if (listFailures)
        {
            output.WriteLine("Failures:");
            foreach (var failure in results.Where(r => r.Status is TckStatus.Failed or TckStatus.Crashed))
            {
                output.WriteLine($"  {failure.Case.Id} {failure.Case.Name}\n    {failure.Message?.Replace("\n", "\n    ", StringComparison.Ordinal)}");
            }

            output.WriteLine();
        }

        if (json is not null)
        {
            await JsonReport.WriteAsync(json, results, cancellationToken).ConfigureAwait(false);
        }

        if (baseline is not null)
        {
            if (filter is not null)
            {
                await error.WriteLineAsync("--update-baseline needs the whole suite; it is ignored with --filter.").ConfigureAwait(false);
            }
            else
            {
                var tightened = TckBaseline.Load(baseline).Tighten(TckTally.Of(results));
                tightened.Save(baseline);
                output.WriteLine($"Baseline {baseline}: {tightened.Passed} passed, at most {tightened.Crashed} crashed.");
            }
        }

        ConsoleReport.Write(output, results, clock.Elapsed);
        return 0;
    }
}
