using Chile1973.Graph.Tck.Cases;
using Chile1973.Graph.Tck.Execution;
using Xunit;

namespace Chile1973.Graph.Tck.Tests.Suite;

/// <summary>Runs the whole public TCK once, in process, for every test that judges the results.</summary>
public sealed class TckSuiteFixture : IAsyncLifetime
{
    /// <summary>The features folder, or null when the TCK is not on this machine.</summary>
    public string? FeaturesDirectory { get; } = TckLocation.FindFeatures();

    /// <summary>Every case's result; empty when the TCK is absent.</summary>
    public IReadOnlyList<TckResult> Results { get; private set; } = [];

    public async ValueTask InitializeAsync()
    {
        if (FeaturesDirectory is null)
        {
            return;
        }

        var cases = TckCatalog.Load(FeaturesDirectory);
        var options = new TckRunOptions(TckRunOptions.GraphsBeside(FeaturesDirectory));
        Results = await TckRunner.RunAsync(cases, EmbeddedTckEngine.Create, options, TestContext.Current.CancellationToken);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
