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

    private static NeighbourhoodBatch Ring() => new(
        1,
        [new NodeElement(new NodeData("coup_1973", "Coup d'état of 11 September 1973", "Event", 29, Start: "1973-09-11")),
         new NodeElement(new NodeData("junta", "Junta \"de Gobierno\"", "Organization", 3))],
        [new EdgeElement(new EdgeData("r1", "junta", "coup_1973", "CARRIED_OUT", "carried out", Quote: "the junta <led> it", Category: "plot"))],
        4,
        1.25);
}
