using Xunit;

namespace Chile1973.Graph.Importer.Tests;

/// <summary>Runs the CLI in process and captures what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static async Task<CliRun> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await Cli.RunAsync(args, CliContext.ForWriter(output, error), TestContext.Current.CancellationToken);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    public static string TestData(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);

    /// <summary>The <c>--graph</c> and <c>--seeds</c> arguments for a test graph.</summary>
    public static string[] On(string name, params string[] args) =>
        [.. args, "--graph", Path.Combine(TestData(name), "graph"), "--seeds", Path.Combine(TestData(name), "seeds")];
}
