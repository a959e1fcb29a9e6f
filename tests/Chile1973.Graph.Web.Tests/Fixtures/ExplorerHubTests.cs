using Microsoft.AspNetCore.SignalR.Client;
using Xunit;

namespace Chile1973.Graph.Web.Tests.Fixtures;

/// <summary>Tests that talk to the shared explorer (embedded engine, Kestrel on 127.0.0.1) through one SignalR connection each.</summary>
public abstract class ExplorerHubTests(ExplorerServer server) : IAsyncLifetime
{
    protected static CancellationToken Token => TestContext.Current.CancellationToken;

    protected ExplorerServer Server { get; } = server;

    /// <summary>The test's own connection to the hub.</summary>
    protected HubConnection Connection { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Connection = await Server.Factory.ConnectAsync(Token);

    public async ValueTask DisposeAsync()
    {
        await Connection.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
