using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace Chile1973.Graph.Neo4j.Tests.Replay;

/// <summary>
/// A real Kestrel on 127.0.0.1 (port 0) that plays a <see cref="Recording"/>: each request must be the
/// next recorded one, and gets the recorded answer. Anything else is noted as a mismatch and answered
/// 500, so a test sees both what the client did wrong and where.
/// </summary>
internal sealed class ReplayServer : IAsyncDisposable
{
    // What a real server answers to a body without Content-Type (QUERY-API.md 1.4), checked before
    // any recording, since no recorded exchange can show a client that forgot the header.
    private const string MissingContentType = """{"errors": [{"code": "Neo.ClientError.Request.Invalid", "message": "Unsupported Media Type"}]}""";

    private readonly WebApplication app;
    private readonly IReadOnlyList<RecordedExchange> exchanges;
    private readonly ConcurrentQueue<string> mismatches = new();
    private int next;

    private ReplayServer(WebApplication app, IReadOnlyList<RecordedExchange> exchanges)
    {
        this.app = app;
        this.exchanges = exchanges;
    }

    public Uri Uri { get; private set; } = null!;

    /// <summary>Requests that were not the recorded ones, in words.</summary>
    public IReadOnlyList<string> Mismatches => [.. mismatches];

    /// <summary>How many recorded exchanges the client did not make.</summary>
    public int Unplayed => Math.Max(0, exchanges.Count - Volatile.Read(ref next));

    public static async Task<ReplayServer> StartAsync(Recording recording)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new ReplayServer(app, recording.Exchanges);
        app.Map("/{**path}", server.HandleAsync);
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Uri = new Uri(address);
        return server;
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync(context.RequestAborted);
        if (text.Length > 0 && string.IsNullOrEmpty(context.Request.ContentType))
        {
            mismatches.Enqueue($"{context.Request.Method} {context.Request.Path}: a body without Content-Type");
            await AnswerAsync(context, 415, "application/json", MissingContentType);
            return;
        }

        var index = Interlocked.Increment(ref next) - 1;
        if (index >= exchanges.Count)
        {
            mismatches.Enqueue($"{context.Request.Method} {context.Request.Path}: not recorded (all {exchanges.Count} exchanges were played)");
            await AnswerAsync(context, 500, "text/plain", "replay: no more recorded exchanges");
            return;
        }

        var exchange = exchanges[index];
        JsonElement? body = null;
        if (text.Length > 0)
        {
            using var document = JsonDocument.Parse(text);
            body = document.RootElement.Clone();
        }

        var mismatch = exchange.Mismatch(context.Request.Method, context.Request.Path.Value ?? "", name => context.Request.Headers[name].ToString(), body);
        if (mismatch is not null)
        {
            mismatches.Enqueue($"exchange {index + 1}: {mismatch}");
            await AnswerAsync(context, 500, "text/plain", "replay: request differs from the recording");
            return;
        }

        if (exchange.Abort)
        {
            context.Abort();
            return;
        }

        foreach (var (name, value) in exchange.ResponseHeaders)
        {
            context.Response.Headers[name] = value;
        }

        await AnswerAsync(context, exchange.Status, null, exchange.ResponseBody);
    }

    private static async Task AnswerAsync(HttpContext context, int status, string? contentType, string? body)
    {
        context.Response.StatusCode = status;
        if (contentType is not null)
        {
            context.Response.ContentType = contentType;
        }

        if (!string.IsNullOrEmpty(body))
        {
            await context.Response.WriteAsync(body, context.RequestAborted);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync(CancellationToken.None);
        await app.DisposeAsync();
    }
}
