using System.Diagnostics;
using Chile1973.Graph.Core.GraphFiles;
using Chile1973.Graph.Core.Model;
using Chile1973.Graph.Importer.Neo4jLoad;
using Chile1973.Graph.Neo4j.Testing;
using Xunit;

namespace Chile1973.Graph.Importer.Tests.Neo4jTarget;

/// <summary>
/// <c>load --target neo4j</c> killed as a process while a batch is in flight (the batch committed, its
/// answer never read), then run again: the graph ends exactly as an uninterrupted load leaves it.
/// </summary>
public sealed class LoadKilledMidwayTests
{
    private static readonly KnowledgeGraph Article = GraphDirectory.Load(RepositoryPaths.GraphDirectory(), RepositoryPaths.SeedsDirectory());
    private static readonly CancellationToken Token = TestContext.Current.CancellationToken;
    private const string BatchSize = "20";

    [Fact]
    public async Task Load_killed_while_a_batch_is_in_flight_and_run_again_ends_with_the_graph_of_an_uninterrupted_load()
    {
        await using var uninterrupted = await QueryApiStandIn.StartAsync(cancellationToken: Token);
        Assert.Equal(0, (await CliRun.RunAsync(Load(uninterrupted))).ExitCode);
        await using var killed = await QueryApiStandIn.StartAsync(cancellationToken: Token);
        var midway = GraphLoadPlan.Create(Article, int.Parse(BatchSize, System.Globalization.CultureInfo.InvariantCulture)).StatementCount / 2;
        killed.FailRequests(midway, 1, StandInFault.StallAfterRunning);

        using (var process = StartLoadProcess(killed))
        {
            await killed.WhenStalledAsync(Token).WaitAsync(TimeSpan.FromMinutes(2), Token);
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(Token);
        }

        var partial = (killed.Store.NodeCount, killed.Store.RelationshipCount);
        var again = await CliRun.RunAsync(Load(killed));

        Assert.True(partial.NodeCount + partial.RelationshipCount is > 0 && partial.RelationshipCount < Article.Relationships.Count, $"not cut mid-way: {partial}");
        Assert.Equal(0, again.ExitCode);
        Assert.Equal(await GraphSnapshot.ReadAsync(uninterrupted.Engine, Token), await GraphSnapshot.ReadAsync(killed.Engine, Token));
        Assert.Equal((uninterrupted.Store.NodeCount, uninterrupted.Store.RelationshipCount), (killed.Store.NodeCount, killed.Store.RelationshipCount));
        Assert.Equal(GraphSnapshot.Of(Article), await GraphSnapshot.ReadAsync(killed.Engine, Token));
    }

    /// <summary>The importer as its own process, as a user runs it, so killing it ends it with no clean-up at all.</summary>
    private static Process StartLoadProcess(QueryApiStandIn standIn)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Chile1973.Graph.Importer.dll"));
        foreach (var argument in Load(standIn))
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static string[] Load(QueryApiStandIn standIn) =>
        ["load", "--target", "neo4j", "--uri", standIn.Uri.AbsoluteUri, "--user", standIn.User, "--password", standIn.Password,
         "--batch-size", BatchSize, "--graph", RepositoryPaths.GraphDirectory(), "--seeds", RepositoryPaths.SeedsDirectory()];
}
