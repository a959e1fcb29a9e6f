using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Chile1973.Graph.Neo4j.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Xunit;

namespace Chile1973.Graph.Neo4j.Tests.Replay;

/// <summary>
/// A real Kestrel on 127.0.0.1 (port 0) that plays a <see cref="Recording"/>: each request must be the
/// next recorded one, and gets the recorded answer. Anything else is noted as a mismatch and answered
/// 500, so a test sees both what the client did wrong and where.
/// </summary>
internal sealed class ReplayServer : IAsyncDisposable
{
    // What a real server answers to a body without Content-Type (https://neo4j.com/docs/query-api/current/query/), checked before
    // any recording, since no recorded exchange can show a client that forgot the header.
    private const string MissingContentType = """{"errors": [{"code": "Neo.ClientError.Request.Invalid", "message": "Unsupported Media Type"}]}""";

    private readonly IReadOnlyList<RecordedExchange> exchanges;
    private readonly ConcurrentQueue<string> mismatches = new();
    private LoopbackServer host = null!;
    private int next;

    private ReplayServer(IReadOnlyList<RecordedExchange> exchanges)
    {
        this.exchanges = exchanges;
    }

    public Uri Uri => host.Uri;

    /// <summary>Requests that were not the recorded ones, in words.</summary>
    public IReadOnlyList<string> Mismatches => [.. mismatches];

    /// <summary>How many recorded exchanges the client did not make.</summary>
    public int Unplayed => Math.Max(0, exchanges.Count - Volatile.Read(ref next));

    public static async Task<ReplayServer> StartAsync(Recording recording)
    {
        var server = new ReplayServer(recording.Exchanges);
        server.host = await LoopbackServer.StartAsync(app => app.Map("/{**path}", server.HandleAsync), TestContext.Current.CancellationToken);
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
        await host.DisposeAsync();
    }
}
