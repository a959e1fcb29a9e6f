using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace Chile1973.Graph.Web.Hubs.Limits;

/// <summary>
/// SignalR's JSON hub protocol, saying what it cannot read. Left alone, SignalR closes a connection that sends a message
/// it cannot read, or one over the size limit, with the bare "Connection closed with an error.", answers arguments it
/// cannot bind with a bare "Failed to invoke", and stops reading a connection for good (without closing it) after a
/// message of a type it does not know. Here each is a <see cref="HubException"/> naming the fault, whose text SignalR
/// passes on to the client: in the close message, or in the call's error.
/// </summary>
internal sealed class CheckedJsonHubProtocol(IOptions<JsonHubProtocolOptions> json, IOptions<HubLimitsOptions> limits) : IHubProtocol
{
    // Arguments a method cannot take are explained by HubBindingErrors, which names the method's parameters.
    private readonly HubBindingErrors inner = new(new JsonHubProtocol(json), typeof(GraphHub));
    private readonly long maxMessageBytes = limits.Value.MaxMessageBytes;

    public string Name => inner.Name;

    public int Version => inner.Version;

    public TransferFormat TransferFormat => inner.TransferFormat;

    public bool IsVersionSupported(int version) => inner.IsVersionSupported(version);

    public void WriteMessage(HubMessage message, IBufferWriter<byte> output) => inner.WriteMessage(message, output);

    public ReadOnlyMemory<byte> GetMessageBytes(HubMessage message) => inner.GetMessageBytes(message);

    public bool TryParseMessage(ref ReadOnlySequence<byte> input, IInvocationBinder binder, [NotNullWhen(true)] out HubMessage? message)
    {
        var length = input.Length;
        try
        {
            if (inner.TryParseMessage(ref input, binder, out message))
            {
                return true;
            }
        }
        catch (InvalidDataException error)
        {
            throw new HubException($"A message from this connection is not a SignalR JSON hub message: {error.Message}", error);
        }

        // A whole message was read but gave nothing: a type the protocol does not know. SignalR would hand the same bytes
        // back on every read, and never read this connection's later messages.
        if (input.Length != length)
        {
            throw new HubException("A message from this connection has a type the server does not know.");
        }

        // SignalR hands the parser at most the limit: no message end within that many bytes is a message over it, which
        // SignalR would refuse with its own bare error.
        if (length >= maxMessageBytes)
        {
            throw new HubException($"A message from this connection is larger than the {maxMessageBytes} bytes the server reads.");
        }

        return false;
    }
}
