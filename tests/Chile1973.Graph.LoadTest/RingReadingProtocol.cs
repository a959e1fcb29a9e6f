using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace Chile1973.Graph.LoadTest;

/// <summary>
/// SignalR's JSON hub protocol, except that a ring of <c>StreamNeighbourhood</c> is read in one pass, keeping only
/// what the client uses (the ring, its nodes' ids and labels, the count held back). Everything else, and any ring
/// message not shaped as the hub writes it, goes to the standard protocol.
/// </summary>
/// <remarks>
/// The client runs beside the app it measures on a shared machine, and reading rings was half its processor time:
/// the standard protocol finds where a message's item ends and then reads it again (System.Text.Json scopes a value
/// before it deserialises it), and builds every property it meets. Our own reader because the SignalR client takes
/// its protocol whole: there is no hook for one item type.
/// </remarks>
internal sealed class RingReadingProtocol(IHubProtocol standard) : IHubProtocol
{
    private const byte RecordSeparator = 0x1e;
    private const int StreamItemType = 2;

    public string Name => standard.Name;

    public int Version => standard.Version;

    public TransferFormat TransferFormat => standard.TransferFormat;

    public bool IsVersionSupported(int version) => standard.IsVersionSupported(version);

    public ReadOnlyMemory<byte> GetMessageBytes(HubMessage message) => standard.GetMessageBytes(message);

    public void WriteMessage(HubMessage message, IBufferWriter<byte> output) => standard.WriteMessage(message, output);

    public bool TryParseMessage(ref ReadOnlySequence<byte> input, IInvocationBinder binder, [NotNullWhen(true)] out HubMessage? message)
    {
        if (input.PositionOf(RecordSeparator) is { } end && TryReadRing(input.Slice(0, end), binder) is { } ring)
        {
            input = input.Slice(input.GetPosition(1, end));
            message = ring;
            return true;
        }

        return standard.TryParseMessage(ref input, binder, out message);
    }

    /// <summary>A stream item whose invocation streams rings, read as <c>{"type":2,"invocationId":…,"item":…}</c>; null for anything else.</summary>
    internal static StreamItemMessage? TryReadRing(ReadOnlySequence<byte> json, IInvocationBinder binder)
    {
        if (json.IsSingleSegment)
        {
            return TryReadRing(new Utf8JsonReader(json.FirstSpan, isFinalBlock: true, state: default), binder);
        }

        // A ring spans several of the transport's buffers. Read from one contiguous copy (the strings kept are copies):
        // the reader's path for a sequence of segments cost a sixth more than the copy and the read of one span.
        var length = checked((int)json.Length);
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            json.CopyTo(buffer);
            return TryReadRing(new Utf8JsonReader(buffer.AsSpan(0, length), isFinalBlock: true, state: default), binder);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static StreamItemMessage? TryReadRing(Utf8JsonReader reader, IInvocationBinder binder)
    {
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject
                || !NextProperty(ref reader, "type"u8) || !reader.Read() || reader.TokenType != JsonTokenType.Number || reader.GetInt32() != StreamItemType
                || !NextProperty(ref reader, "invocationId"u8) || !reader.Read() || reader.TokenType != JsonTokenType.String)
            {
                return null;
            }

            var invocationId = reader.GetString()!;
            if (!NextProperty(ref reader, "item"u8) || binder.GetStreamItemType(invocationId) != typeof(RingBatch) || !reader.Read())
            {
                return null;
            }

            var ring = ReadRing(ref reader);
            return ring is not null && reader.Read() && reader.TokenType == JsonTokenType.EndObject && !reader.Read()
                ? new StreamItemMessage(invocationId, ring)
                : null;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or KeyNotFoundException)
        {
            // Let the standard protocol read it and report what is wrong, as it would without this reader.
            return null;
        }
    }

    private static bool NextProperty(ref Utf8JsonReader reader, ReadOnlySpan<byte> name) =>
        reader.Read() && reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals(name);

    // {"ring":2,"nodes":[{"data":{"id":…,"label":…,…}},…],"edges":[…],"remaining":7,…}: what the client does not use is skipped.
    private static RingBatch? ReadRing(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        var ring = 0;
        var remaining = 0;
        List<WireElement> nodes = [];
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("ring"u8))
            {
                reader.Read();
                ring = reader.GetInt32();
            }
            else if (reader.ValueTextEquals("remaining"u8))
            {
                reader.Read();
                remaining = reader.GetInt32();
            }
            else if (reader.ValueTextEquals("nodes"u8))
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    return null;
                }

                while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
                {
                    nodes.Add(new WireElement { Data = ReadElementData(ref reader) });
                }

                if (reader.TokenType != JsonTokenType.EndArray)
                {
                    return null;
                }
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return reader.TokenType == JsonTokenType.EndObject ? new RingBatch { Ring = ring, Nodes = nodes, Remaining = remaining } : null;
    }

    // One element object, the reader on its start; leaves the reader on its end.
    private static WireData ReadElementData(ref Utf8JsonReader reader)
    {
        var data = WireData.None;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isData = reader.ValueTextEquals("data"u8);
            reader.Read();
            if (!isData || reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                continue;
            }

            string? id = null;
            string? label = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("id"u8))
                {
                    reader.Read();
                    id = reader.GetString();
                }
                else if (reader.ValueTextEquals("label"u8))
                {
                    reader.Read();
                    label = reader.GetString();
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            data = new WireData { Id = id ?? "", Label = label };
        }

        return data;
    }
}
