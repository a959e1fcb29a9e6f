using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Chile1973.Graph.Web.Elements;
using Chile1973.Graph.Web.Neighbourhood;
using Xunit;

namespace Chile1973.Graph.Web.Tests.Units;

/// <summary>A ring's JSON as the page reads it, whether the ring is written for the first time or sent again from the cache.</summary>
public sealed class NeighbourhoodBatchJsonTests
{
    // The hub's payload options: SignalR's camel case, and no null properties (Extensions.AddGraphSignalR).
    private static readonly JsonSerializerOptions HubOptions = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    private static readonly string Expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Units", "ring-batch.json")).Trim();

    [Fact]
    public void A_ring_is_written_with_camel_case_names_and_without_absent_properties()
    {
        Assert.Equal(Expected, JsonSerializer.Serialize(Ring(), HubOptions));
    }

    [Fact]
    public void A_ring_sent_again_is_the_same_json_inside_the_message_around_it()
    {
        var ring = Ring();
        JsonSerializer.Serialize(ring, HubOptions);

        var again = JsonSerializer.Serialize(new { type = 2, item = ring }, HubOptions);

        Assert.Equal($$"""{"type":2,"item":{{Expected}}}""", again);
    }

    [Fact]
    public void A_kept_ring_is_written_as_the_ring_it_was_kept_from()
    {
        var kept = Ring().Keep(HubOptions);

        Assert.Equal(Expected, JsonSerializer.Serialize(kept, HubOptions));
        Assert.Equal($$"""{"type":2,"item":{{Expected}}}""", JsonSerializer.Serialize(new { type = 2, item = kept }, HubOptions));
    }

    [Fact]
    public void A_kept_ring_reads_back_its_nodes_edges_and_ids()
    {
        var ring = Ring();

        var kept = ring.Keep(HubOptions);

        Assert.Equal(ring.Nodes, kept.Nodes);
        Assert.Equal(ring.Edges, kept.Edges);
        Assert.Equal(["coup_1973", "junta"], kept.NodeIds);
        Assert.Equal(["r1"], kept.EdgeIds);
        Assert.Equal(3, kept.ElementCount);
        Assert.Equal((1, 4, 1.25), (kept.Ring, kept.Remaining, kept.ServerMs));
    }

    [Fact]
    public void A_copy_of_a_kept_ring_is_written_with_its_own_values()
    {
        var kept = Ring().Keep(HubOptions);

        var copy = kept with { ServerMs = 0 };

        Assert.Equal(Expected.Replace("\"serverMs\":1.25", "\"serverMs\":0", StringComparison.Ordinal), JsonSerializer.Serialize(copy, HubOptions));
    }

    [Fact]
    public void A_ring_kept_for_the_hub_is_written_afresh_with_other_options()
    {
        var plain = new JsonSerializerOptions();

        var kept = Ring().Keep(HubOptions);

        Assert.Equal(JsonSerializer.Serialize(Ring(), plain), JsonSerializer.Serialize(kept, plain));
        Assert.Contains("\"Ring\":1", JsonSerializer.Serialize(kept, plain), StringComparison.Ordinal);
    }

    [Fact]
    public void A_kept_ring_is_escaped_and_laid_out_as_its_options_say()
    {
        var relaxed = new JsonSerializerOptions(HubOptions) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true };

        var kept = Ring().Keep(relaxed);

        Assert.Equal(JsonSerializer.Serialize(Ring(), relaxed), JsonSerializer.Serialize(kept, relaxed));
        Assert.Contains("Coup d'état", JsonSerializer.Serialize(kept, relaxed), StringComparison.Ordinal);
    }

    private static NeighbourhoodBatch Ring() => new(
        1,
        [new NodeElement(new NodeData("coup_1973", "Coup d'état of 11 September 1973", "Event", 29, Start: "1973-09-11")),
         new NodeElement(new NodeData("junta", "Junta \"de Gobierno\"", "Organization", 3))],
        [new EdgeElement(new EdgeData("r1", "junta", "coup_1973", "CARRIED_OUT", "carried out", Quote: "the junta <led> it", Category: "plot"))],
        4,
        1.25);
}
