using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Chile1973.Graph.Web.Tests.Limits;

/// <summary>
/// A connection to the graph hub made by hand: the negotiate request, a WebSocket and the JSON hub protocol's
/// frames as bytes, so a test can send what no SignalR client would.
/// </summary>
internal sealed class RawHubSocket : IAsyncDisposable
{
    /// <summary>Ends every message of the JSON hub protocol.</summary>
    public const char RecordSeparator = '\u001e';

    private readonly ClientWebSocket socket = new();
    private readonly StringBuilder pending = new();

    private RawHubSocket(string connectionId) => ConnectionId = connectionId;

    /// <summary>The id the server logs the connection by.</summary>
    public string ConnectionId { get; }

    public WebSocketState State => socket.State;

    /// <summary>Negotiates and opens the WebSocket, without a handshake.</summary>
    public static async Task<RawHubSocket> OpenAsync(Uri baseAddress, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = baseAddress };
        using var negotiated = await http.PostAsync("hubs/graph/negotiate?negotiateVersion=1", null, cancellationToken);
        negotiated.EnsureSuccessStatusCode();
        var body = await negotiated.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        var raw = new RawHubSocket(body.GetProperty("connectionId").GetString()!);
        var token = Uri.EscapeDataString(body.GetProperty("connectionToken").GetString()!);
        var address = new UriBuilder(new Uri(baseAddress, $"hubs/graph?id={token}")) { Scheme = "ws" }.Uri;
        await raw.socket.ConnectAsync(address, cancellationToken);
        return raw;
    }

    /// <summary>Negotiates, opens the WebSocket and completes the JSON protocol's handshake.</summary>
    public static async Task<RawHubSocket> ConnectAsync(Uri baseAddress, CancellationToken cancellationToken)
    {
        var raw = await OpenAsync(baseAddress, cancellationToken);
        await raw.SendAsync("{\"protocol\":\"json\",\"version\":1}" + RecordSeparator, cancellationToken);
        var answer = await raw.ReceiveAsync(cancellationToken);
        if (answer != "{}")
        {
            throw new InvalidOperationException($"The handshake was refused: {answer}");
        }

        return raw;
    }

    public Task SendAsync(string frame, CancellationToken cancellationToken) => SendAsync(Encoding.UTF8.GetBytes(frame), cancellationToken);

    public async Task SendAsync(byte[] frame, CancellationToken cancellationToken) =>
        await socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    /// <summary>The next message the server sends, without its separator; null once the socket is closed.</summary>
    public async Task<string?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        while (true)
        {
            var text = pending.ToString();
            var end = text.IndexOf(RecordSeparator, StringComparison.Ordinal);
            if (end >= 0)
            {
                pending.Remove(0, end + 1);
                return text[..end];
            }

            if (socket.State is not (WebSocketState.Open or WebSocketState.CloseSent))
            {
                return null;
            }

            var read = await socket.ReceiveAsync(buffer, cancellationToken);
            if (read.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            pending.Append(Encoding.UTF8.GetString(buffer, 0, read.Count));
        }
    }

    /// <summary>The server's messages until it closes the socket, pings and the hub's own greetings left out.</summary>
    public async Task<List<JsonElement>> ReadUntilClosedAsync(CancellationToken cancellationToken)
    {
        var messages = new List<JsonElement>();
        while (await ReceiveAsync(cancellationToken) is { } message)
        {
            var element = JsonDocument.Parse(message).RootElement.Clone();
            if (!IsChatter(element))
            {
                messages.Add(element);
            }
        }

        return messages;
    }

    /// <summary>The next message that answers something: pings and the hub's greetings (status, welcome) left out.</summary>
    public async Task<JsonElement?> ReceiveAnswerAsync(CancellationToken cancellationToken)
    {
        while (await ReceiveAsync(cancellationToken) is { } message)
        {
            var element = JsonDocument.Parse(message).RootElement.Clone();
            if (!IsChatter(element))
            {
                return element;
            }
        }

        return null;
    }

    public async ValueTask DisposeAsync()
    {
        if (socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
                // Already going: nothing to close.
            }
        }

        socket.Dispose();
    }

    private static bool IsChatter(JsonElement message) =>
        message.TryGetProperty("type", out var type) && type.GetInt32() switch
        {
            6 => true,
            1 => message.TryGetProperty("invocationId", out _) is false,
            _ => false,
        };
}
