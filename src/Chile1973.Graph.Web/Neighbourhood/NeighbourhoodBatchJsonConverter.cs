using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Chile1973.Graph.Web.Neighbourhood;

/// <summary>
/// A ring's JSON: a kept ring (<see cref="NeighbourhoodBatch.Keep"/>) is copied as it was written once, since it goes
/// to every reader who asks for its neighbourhood and rendering its hundred nodes and edges again cost most of the
/// time of sending it; any other ring is written from its elements.
/// </summary>
public sealed class NeighbourhoodBatchJsonConverter : JsonConverter<NeighbourhoodBatch>
{
    /// <inheritdoc />
    public override NeighbourhoodBatch Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var wire = JsonSerializer.Deserialize<Wire>(ref reader, options) ?? throw new JsonException("A ring cannot be null.");
        return new NeighbourhoodBatch(wire.Ring, wire.Nodes ?? [], wire.Edges ?? [], wire.Remaining, wire.ServerMs);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, NeighbourhoodBatch value, JsonSerializerOptions options)
    {
        if (value.JsonFor(options) is { } json)
        {
            writer.WriteRawValue(json, skipInputValidation: true);
        }
        else
        {
            JsonSerializer.Serialize(writer, ToWire(value), options);
        }
    }

    // Written into one buffer a thread reuses, then copied once into the array the ring keeps.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? buffer;

    /// <summary>The ring's JSON as written with <paramref name="options"/>, in an array made by <paramref name="allocate"/>.</summary>
    internal static byte[] Render(NeighbourhoodBatch value, JsonSerializerOptions options, Func<int, byte[]> allocate)
    {
        var written = buffer ??= new ArrayBufferWriter<byte>(32 * 1024);
        written.ResetWrittenCount();
        // A writer of its own writes as its options say, not as the serializer's do: it is given theirs (the hub's
        // protocol escapes less than the default), so the kept JSON is what writing the ring would send.
        var writerOptions = new JsonWriterOptions
        {
            Encoder = options.Encoder,
            Indented = options.WriteIndented,
            IndentCharacter = options.IndentCharacter,
            IndentSize = options.IndentSize,
            NewLine = options.NewLine,
            MaxDepth = options.MaxDepth,
        };
        using (var writer = new Utf8JsonWriter(written, writerOptions))
        {
            JsonSerializer.Serialize(writer, ToWire(value), options);
        }

        var json = allocate(written.WrittenCount);
        written.WrittenSpan.CopyTo(json);
        return json;
    }

    /// <summary>A kept ring's elements, read back from its JSON.</summary>
    internal static (IReadOnlyList<NodeElement> Nodes, IReadOnlyList<EdgeElement> Edges) ReadElements(byte[] json, JsonSerializerOptions options)
    {
        var wire = JsonSerializer.Deserialize<Wire>(json, options) ?? throw new JsonException("A kept ring cannot be null.");
        return (wire.Nodes ?? [], wire.Edges ?? []);
    }

    private static Wire ToWire(NeighbourhoodBatch value) => new(value.Ring, value.Nodes, value.Edges, value.Remaining, value.ServerMs);

    // The batch's own shape without this converter, so writing and reading it do not come back here.
    private sealed record Wire(int Ring, IReadOnlyList<NodeElement>? Nodes, IReadOnlyList<EdgeElement>? Edges, int Remaining, double ServerMs);
}
