using Microsoft.AspNetCore.SignalR.Client;
using Xunit;

namespace Chile1973.Graph.Web.Tests.Fixtures;

/// <summary>Tests that ask the same of the explorer on both engines, through one SignalR connection to each.</summary>
public abstract class TwoEngineHubTests(TwoEngineExplorers explorers) : IClassFixture<TwoEngineExplorers>, IAsyncLifetime
{
    protected static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>The engine names theories run over.</summary>
    public static TheoryData<string> Engines => ["embedded", "neo4j"];

    protected TwoEngineExplorers Explorers { get; } = explorers;

    /// <summary>The connection to the explorer on the embedded engine.</summary>
    protected HubConnection Embedded { get; private set; } = null!;

    /// <summary>The connection to the explorer on Neo4j (the Query API stand-in).</summary>
    protected HubConnection OnNeo4j { get; private set; } = null!;

    /// <summary>The connection to the explorer on <paramref name="engine"/> (one of <see cref="Engines"/>).</summary>
    protected HubConnection Connection(string engine) => engine == "neo4j" ? OnNeo4j : Embedded;

    public async ValueTask InitializeAsync()
    {
        Embedded = await Explorers.Embedded.ConnectAsync(Token);
        OnNeo4j = await Explorers.OnNeo4j.ConnectAsync(Token);
    }

    public async ValueTask DisposeAsync()
    {
        await Embedded.DisposeAsync();
        await OnNeo4j.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
