using Xunit;

namespace Chile1973.Graph.Web.Tests.Fixtures;

/// <summary>One explorer server shared by the tests of a collection.</summary>
public sealed class ExplorerServer : IAsyncLifetime
{
    public ExplorerAppFactory Factory { get; } = new();

    public Uri BaseAddress => Factory.BaseAddress;

    public ValueTask InitializeAsync()
    {
        _ = Factory.BaseAddress;
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await Factory.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class ExplorerServerCollection : ICollectionFixture<ExplorerServer>
{
    public const string Name = "explorer server";
}
