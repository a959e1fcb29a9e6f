using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;
using Chile1973.Graph.LoadTest;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
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
    // The hub's JSON settings (Extensions.AddJsonProtocol) and the client's default ones (camelCase, either case read).
    private static readonly JsonSerializerOptions Hub = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    private static readonly NeighbourhoodBatch Ring = new(
        2,
        [
            new NodeElement(new NodeData("pinochet", "Augusto Pinochet", "Person", 12, Start: "1915")),
            new NodeElement(new NodeData("leigh", "Gustavo Leigh", "Person", 4, Description: "Air Force commander")),
        ],
        [new EdgeElement(new EdgeData("r1", "pinochet", "leigh", "ALLIED_WITH", "allied with", Quote: "a quote"))],
        7,
        1.5);

    [Fact]
    public void Load_client_reads_the_ids_and_labels_of_a_ring_the_hub_wrote_and_skips_its_edges()
    {
        var client = new JsonSerializerOptions(JsonSerializerDefaults.Web);

        var read = JsonSerializer.Deserialize<RingBatch>(JsonSerializer.SerializeToUtf8Bytes(Ring, Hub), client)!;

        Assert.Equal(2, read.Ring);
        Assert.Equal(7, read.Remaining);
        Assert.Equal([("pinochet", "Augusto Pinochet"), ("leigh", "Gustavo Leigh")], read.Nodes.Select(n => (n.Data.Id, n.Data.Label)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(37)]
    public void Load_client_reads_a_ring_the_hub_streamed_in_one_pass_as_the_standard_protocol_reads_it(int segment)
    {
        var wire = HubMessageBytes(new StreamItemMessage("7", Ring), new StreamItemMessage("8", Ring));
        var fast = Segmented(wire, segment);
        var standard = Segmented(wire, segment);

        Assert.NotNull(RingReadingProtocol.TryReadRing(fast.Slice(0, fast.PositionOf((byte)0x1e)!.Value), new Binder()));
        for (var i = 0; i < 2; i++)
        {
            Assert.True(new RingReadingProtocol(new JsonHubProtocol()).TryParseMessage(ref fast, new Binder(), out var message));
            Assert.True(new JsonHubProtocol().TryParseMessage(ref standard, new Binder(), out var expected));

            var item = Assert.IsType<StreamItemMessage>(message);
            var expectedItem = Assert.IsType<StreamItemMessage>(expected);
            Assert.Equal(expectedItem.InvocationId, item.InvocationId);
            Assert.Equal(Shown((RingBatch)expectedItem.Item!), Shown((RingBatch)item.Item!));
            Assert.Equal(standard.Length, fast.Length);
        }

        Assert.Equal(0, fast.Length);
    }

    [Fact]
    public void Load_client_leaves_every_other_hub_message_to_the_standard_protocol()
    {
        var hits = new List<SearchHitWire> { new("salvador_allende", "Salvador Allende") };
        var wire = HubMessageBytes(
            CompletionMessage.WithResult("3", hits),
            new InvocationMessage("Welcome", [new { startNodeId = "coup", nodes = 184 }]),
            PingMessage.Instance,
            new StreamItemMessage("7", 5));
        var fast = new ReadOnlySequence<byte>(wire);
        var protocol = new RingReadingProtocol(new JsonHubProtocol());

        Assert.True(protocol.TryParseMessage(ref fast, new Binder(), out var completion));
        Assert.Equal([("salvador_allende", "Salvador Allende")], ((IEnumerable<SearchHitWire>)Assert.IsType<CompletionMessage>(completion).Result!).Select(h => (h.Id, h.Name)));
        Assert.True(protocol.TryParseMessage(ref fast, new Binder(), out var welcome));
        Assert.Equal("coup", Assert.IsType<WelcomeInfo>(Assert.IsType<InvocationMessage>(welcome).Arguments[0]).StartNodeId);
        Assert.True(protocol.TryParseMessage(ref fast, new Binder(), out var ping));
        Assert.IsType<PingMessage>(ping);
        // A ring's item that is not a ring is the standard protocol's to refuse, as it would without the one-pass reader.
        Assert.True(protocol.TryParseMessage(ref fast, new Binder(), out var broken));
        Assert.IsType<StreamBindingFailureMessage>(broken);
    }

    // What the client keeps of a ring, as one line to compare: its number, the count held back, each node's id and label.
    private static string Shown(RingBatch ring) =>
        $"ring {ring.Ring}, {ring.Remaining} held back: {string.Join(", ", ring.Nodes.Select(n => $"{n.Data.Id} '{n.Data.Label}'"))}";

    // The messages as the hub's protocol writes them, one after another.
    private static byte[] HubMessageBytes(params HubMessage[] messages)
    {
        var protocol = new JsonHubProtocol(Microsoft.Extensions.Options.Options.Create(new JsonHubProtocolOptions { PayloadSerializerOptions = Hub }));
        var buffer = new ArrayBufferWriter<byte>();
        foreach (var message in messages)
        {
            protocol.WriteMessage(message, buffer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    // The bytes as a socket may hand them over: in pieces of `size` bytes (0: one piece).
    private static ReadOnlySequence<byte> Segmented(byte[] bytes, int size)
    {
        if (size == 0)
        {
            return new ReadOnlySequence<byte>(bytes);
        }

        var first = new Segment(bytes.AsMemory(0, Math.Min(size, bytes.Length)), 0);
        var last = first;
        for (var at = size; at < bytes.Length; at += size)
        {
            last = last.Append(bytes.AsMemory(at, Math.Min(size, bytes.Length - at)));
        }

        return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }

    // What the client's connection knows of its calls: invocation 3 is a search, 7 and 8 stream rings.
    private sealed class Binder : IInvocationBinder
    {
        public Type GetReturnType(string invocationId) => typeof(IReadOnlyList<SearchHitWire>);

        public IReadOnlyList<Type> GetParameterTypes(string methodName) => [typeof(WelcomeInfo)];

        public Type GetStreamItemType(string streamId) => typeof(RingBatch);
    }
}
