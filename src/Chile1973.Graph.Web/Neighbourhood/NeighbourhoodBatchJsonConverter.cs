using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Chile1973.Graph.Web.Neighbourhood;

/// <summary>
/// Writes a ring's JSON once per batch and copies it on every later send: a kept ring goes to every reader who asks
/// for its neighbourhood, and rendering its hundred nodes and edges again cost most of the time of sending it.
/// The JSON is that of the options it was first written with, kept beside the batch while the batch lives.
/// </summary>
public sealed class NeighbourhoodBatchJsonConverter : JsonConverter<NeighbourhoodBatch>
{
    private static readonly ConditionalWeakTable<NeighbourhoodBatch, Rendered> Written = [];

    /// <inheritdoc />
    public override NeighbourhoodBatch Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var wire = JsonSerializer.Deserialize<Wire>(ref reader, options) ?? throw new JsonException("A ring cannot be null.");
        return new NeighbourhoodBatch(wire.Ring, wire.Nodes ?? [], wire.Edges ?? [], wire.Remaining, wire.ServerMs);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, NeighbourhoodBatch value, JsonSerializerOptions options)
    {
        if (!Written.TryGetValue(value, out var rendered) || !ReferenceEquals(rendered.Options, options))
        {
            var wire = new Wire(value.Ring, value.Nodes, value.Edges, value.Remaining, value.ServerMs);
            rendered = new Rendered(options, JsonSerializer.SerializeToUtf8Bytes(wire, options));
            Written.AddOrUpdate(value, rendered);
        }

        writer.WriteRawValue(rendered.Json, skipInputValidation: true);
    }

    // The batch's own shape without this converter, so writing and reading it do not come back here.
    private sealed record Wire(int Ring, IReadOnlyList<NodeElement>? Nodes, IReadOnlyList<EdgeElement>? Edges, int Remaining, double ServerMs);

    private sealed record Rendered(JsonSerializerOptions Options, byte[] Json);
}
