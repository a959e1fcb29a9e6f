using System.Net;
using Chile1973.Graph.Core.Querying;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Chile1973.Graph.Web.Tests.Fixtures;

/// <summary>
/// The explorer on a real Kestrel at 127.0.0.1 and a free port (or a given one, to start a server again
/// where the last one was), with the embedded engine loaded from the repository's graph/. An optional
/// wrapper lets a test watch the queries the engine receives.
/// </summary>
public sealed class ExplorerAppFactory : WebApplicationFactory<Program>
{
    private readonly Func<ICypherEngine, ICypherEngine>? wrapEngine;
    private readonly Dictionary<string, string?> settings;
    private readonly RecordedLogs? logs;

    public ExplorerAppFactory(Func<ICypherEngine, ICypherEngine>? wrapEngine = null, Dictionary<string, string?>? settings = null, int port = 0, RecordedLogs? logs = null)
    {
        this.wrapEngine = wrapEngine;
        this.settings = settings ?? [];
        this.logs = logs;
        UseKestrel(options => options.Listen(IPAddress.Loopback, port));
    }

    /// <summary>The server's address, e.g. <c>http://127.0.0.1:41234/</c>; starts the server on first use.</summary>
    public Uri BaseAddress
    {
        get
        {
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new Uri(address.EndsWith('/') ? address : address + "/");
        }
    }

    /// <summary>A started SignalR connection to the graph hub, with the real .NET client.</summary>
    public async Task<HubConnection> ConnectAsync(CancellationToken cancellationToken, Action<HubConnection>? beforeStart = null)
    {
        var connection = new HubConnectionBuilder().WithUrl(new Uri(BaseAddress, "hubs/graph")).Build();
        beforeStart?.Invoke(connection);
        await connection.StartAsync(cancellationToken);
        return connection;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // The hub's warm-up plays readers against the app before it is ready: tests that count or hold the engine's
        // queries, or the hub's connections, would meet them. A test of the warm-up turns it on.
        builder.UseSetting("Graph:HubWarmUp", "00:00:00");
        // Nor the neighbourhoods it keeps before it is ready, for the same tests; a test of them turns it on.
        builder.UseSetting("NeighbourhoodCache:Prefill", "0");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        if (logs is not null)
        {
            // Under the app's own level filters: a test reads what an operator's log would show.
            builder.ConfigureLogging(logging => logging.AddProvider(logs));
        }

        if (wrapEngine is not null)
        {
            builder.ConfigureTestServices(services =>
            {
                var original = services.Last(d => d.ServiceType == typeof(ICypherEngine));
                services.Remove(original);
                services.AddSingleton(sp => wrapEngine(Create(original, sp)));
            });
        }
    }

    private static ICypherEngine Create(ServiceDescriptor descriptor, IServiceProvider services) =>
        descriptor.ImplementationInstance as ICypherEngine
        ?? (ICypherEngine?)descriptor.ImplementationFactory?.Invoke(services)
        ?? (ICypherEngine)ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!);
}
