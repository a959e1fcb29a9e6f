using Chile1973.Graph.Tck.Execution;
using Chile1973.Graph.Tck.Manual;
using Xunit;

namespace Chile1973.Graph.Tck.Tests.Manual;

/// <summary>Runs every case of the Cypher Manual once, in process, for the tests that judge the results.</summary>
public sealed class ManualSuiteFixture : IAsyncLifetime
{
    public const string SkipMessage =
        "The Cypher Manual's cases were not found. Point CYPHER_MANUAL_CASES at cases.jsonl, or place it at "
        + "../shared/cypher-manual/cases.jsonl relative to the repository root.";

    /// <summary>The cases file, or null when it is not on this machine.</summary>
    public string? CasesFile { get; } = ManualCatalog.Locate(AppContext.BaseDirectory);

    /// <summary>Every case's result; empty when the cases are absent.</summary>
    public IReadOnlyList<ManualResult> Results { get; private set; } = [];

    public async ValueTask InitializeAsync()
    {
        if (CasesFile is null)
        {
            return;
        }

        Results = await ManualRunner.RunAsync(
            ManualCatalog.Load(CasesFile),
            ManualErrata.Load(ManualErrata.DefaultPath),
            EmbeddedTckEngine.Create,
            new TckRunOptions(string.Empty),
            TestContext.Current.CancellationToken);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
