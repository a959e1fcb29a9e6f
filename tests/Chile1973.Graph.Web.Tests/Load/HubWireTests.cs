using System.Text.Json;
using System.Text.Json.Serialization;
using Chile1973.Graph.LoadTest;
using Chile1973.Graph.Web.Elements;
using Chile1973.Graph.Web.Neighbourhood;
using Xunit;

namespace Chile1973.Graph.Web.Tests.Load;

/// <summary>
/// The load client reads a ring as the hub writes it: the next node it expands is one it was sent, so a ring read
/// without its ids would have every reader expand the same node again, all of them answered from the cache.
/// </summary>
public sealed class HubWireTests
{
    [Fact]
    public void Load_client_reads_the_ids_and_labels_of_a_ring_the_hub_wrote_and_skips_its_edges()
    {
        // The hub's JSON settings (Extensions.AddJsonProtocol) and the client's default ones (camelCase, either case read).
        var hub = new JsonSerializerOptions(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };
        var client = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        var ring = new NeighbourhoodBatch(
            2,
            [
                new NodeElement(new NodeData("pinochet", "Augusto Pinochet", "Person", 12, Start: "1915")),
                new NodeElement(new NodeData("leigh", "Gustavo Leigh", "Person", 4, Description: "Air Force commander")),
            ],
            [new EdgeElement(new EdgeData("r1", "pinochet", "leigh", "ALLIED_WITH", "allied with", Quote: "a quote"))],
            7,
            1.5);

        var read = JsonSerializer.Deserialize<RingBatch>(JsonSerializer.SerializeToUtf8Bytes(ring, hub), client)!;

        Assert.Equal(2, read.Ring);
        Assert.Equal(7, read.Remaining);
        Assert.Equal([("pinochet", "Augusto Pinochet"), ("leigh", "Gustavo Leigh")], read.Nodes.Select(n => (n.Data.Id, n.Data.Label)));
    }
}
