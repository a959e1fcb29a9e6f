using System.CommandLine;

namespace Chile1973.Graph.LoadTest;

/// <summary>
/// <c>--url http://127.0.0.1:PORT --clients N --rate R --seconds S [--idle M] [--limit L] [--seed K] [--warm-up W] [--compile C] [--flood F]</c>:
/// progress on standard error, then the closing line on standard output. Exit code 0 when every
/// expansion completed without error, 1 otherwise.
/// </summary>
public static class LoadCli
{
    /// <summary>Parses and runs a command line.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var url = new Option<string>("--url") { Description = "The explorer's base address, e.g. http://127.0.0.1:5000", Required = true };
        url.Validators.Add(r =>
        {
            if (!Uri.TryCreate(r.GetValueOrDefault<string>(), UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https"))
            {
                r.AddError($"--url must be an absolute http:// or https:// address, not '{r.GetValueOrDefault<string>()}'.");
            }
        });
        var clients = Positive(new Option<int>("--clients") { Description = "Clients that search and expand", DefaultValueFactory = _ => 20 });
        var rate = new Option<double>("--rate") { Description = "Expansions per second per client", DefaultValueFactory = _ => 5 };
        rate.Validators.Add(r =>
        {
            if (!(r.GetValueOrDefault<double>() > 0))
            {
                r.AddError("--rate must be positive.");
            }
        });
        var seconds = Positive(new Option<int>("--seconds") { Description = "How long the clients expand", DefaultValueFactory = _ => 5 });
        var idle = new Option<int>("--idle") { Description = "Further clients that only stay connected", DefaultValueFactory = _ => 0 };
        var limit = Positive(new Option<int>("--limit") { Description = "Elements per expansion", DefaultValueFactory = _ => 200 });
        var seed = new Option<int>("--seed") { Description = "Seed of the random choices", DefaultValueFactory = _ => 17 };
        var warmUp = NotNegative(new Option<int>("--warm-up") { Description = "Seconds the clients run at the asked pace before the clock starts, unmeasured", DefaultValueFactory = _ => 0 });
        var compile = NotNegative(new Option<int>("--compile") { Description = "Seconds at most the clients expand the start node before the clock, until this client's code is compiled (0: none)", DefaultValueFactory = _ => 10 });
        var flood = NotNegative(new Option<int>("--flood") { Description = "Further clients that flood the hub while the clock runs", DefaultValueFactory = _ => 0 });

        var root = new RootCommand("Load the explorer's hub with simulated readers and report latency from call to last batch.");
        foreach (var option in new Option[] { url, clients, rate, seconds, idle, limit, seed, warmUp, compile, flood })
        {
            root.Options.Add(option);
        }

        root.SetAction(async (parse, token) =>
        {
            var settings = new LoadSettings(
                new Uri(parse.GetRequiredValue(url)),
                parse.GetValue(clients),
                parse.GetValue(rate),
                TimeSpan.FromSeconds(parse.GetValue(seconds)),
                Math.Max(0, parse.GetValue(idle)),
                parse.GetValue(limit),
                Seed: parse.GetValue(seed),
                WarmUp: TimeSpan.FromSeconds(parse.GetValue(warmUp)),
                CompileLimit: TimeSpan.FromSeconds(parse.GetValue(compile)),
                Flooders: parse.GetValue(flood));
            var report = await LoadRun.RunAsync(settings, error, token).ConfigureAwait(false);
            foreach (var sample in report.ErrorSamples)
            {
                await error.WriteLineAsync($"error: {sample}").ConfigureAwait(false);
            }

            await output.WriteLineAsync(report.ClosingLine()).ConfigureAwait(false);
            return report.Clean ? 0 : 1;
        });
        return root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken);
    }

    private static Option<int> NotNegative(Option<int> option)
    {
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 0)
            {
                r.AddError($"{option.Name} must not be negative.");
            }
        });
        return option;
    }

    private static Option<int> Positive(Option<int> option)
    {
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError($"{option.Name} must be at least 1.");
            }
        });
        return option;
    }
}
