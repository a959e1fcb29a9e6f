using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Chile1973.Graph.Neo4j.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Xunit;

namespace Chile1973.Graph.Neo4j.Tests.Support;

/// <summary>One scripted answer of the fault server.</summary>
internal sealed record Fault(int Status, string? Body, TimeSpan Delay = default, bool Abort = false, string? Affinity = null)
{
    public static Fault Ok(string body) => new(202, body);

    public static Fault Json(int status, string body) => new(status, body);

    public static Fault Unavailable => new(503, "<html>503 Service Unavailable</html>");

    public static Fault Slow(TimeSpan delay, string body) => new(202, body, delay);

    public static Fault Reset => new(0, null, Abort: true);
}

/// <summary>A request the fault server received.</summary>
internal sealed record ReceivedRequest(string Method, string Path, IHeaderDictionary Headers, string Body);

/// <summary>
/// A real Kestrel on 127.0.0.1 (port 0) that answers the Query API paths with scripted faults, in
/// order; once the script is spent it repeats its last answer.
/// </summary>
internal sealed class FaultServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<Fault> script;
    private readonly ConcurrentQueue<ReceivedRequest> received = new();
    private LoopbackServer host = null!;
    private Fault last;

    private FaultServer(IEnumerable<Fault> faults)
    {
        script = new ConcurrentQueue<Fault>(faults);
        last = new Fault(500, "no script");
    }

    public Uri Uri => host.Uri;

    public IReadOnlyList<ReceivedRequest> Requests => [.. received];

    public static async Task<FaultServer> StartAsync(params Fault[] faults)
    {
        var server = new FaultServer(faults);
        server.host = await LoopbackServer.StartAsync(app => app.Map("/{**path}", server.HandleAsync), TestContext.Current.CancellationToken);
        return server;
    }

    /// <summary>An address nothing listens on: connections to it are refused.</summary>
    public static Uri ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}");
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        // Kestrel reuses its header objects once the request ends: keep a copy.
        var headers = new HeaderDictionary(context.Request.Headers.ToDictionary(h => h.Key, h => h.Value, StringComparer.OrdinalIgnoreCase));
        received.Enqueue(new ReceivedRequest(context.Request.Method, context.Request.Path, headers, body));
        var fault = script.TryDequeue(out var next) ? last = next : last;
        if (fault.Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(fault.Delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        if (fault.Abort)
        {
            context.Abort();
            return;
        }

        context.Response.StatusCode = fault.Status;
        if (fault.Affinity is not null)
        {
            context.Response.Headers["neo4j-cluster-affinity"] = fault.Affinity;
        }

        if (fault.Body is not null)
        {
            context.Response.ContentType = fault.Body.StartsWith('{') ? "application/vnd.neo4j.query" : "text/html";
            await context.Response.WriteAsync(fault.Body, context.RequestAborted);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await host.DisposeAsync();
    }
}
