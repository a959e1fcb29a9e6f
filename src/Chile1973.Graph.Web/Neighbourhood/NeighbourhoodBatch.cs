using System.Text.Json;
using System.Text.Json.Serialization;

namespace Chile1973.Graph.Web.Neighbourhood;

/// <summary>
/// One ring of a neighbourhood: its nodes and the edges that join them to what was sent before.
/// Ring 1 also carries the centre node.
/// </summary>
/// <remarks>
/// A ring kept for later readers (<see cref="Keep"/>) holds its JSON and its ids rather than its elements: a kept
/// ring lives for minutes, and its hundreds of small objects, copied twice on their way to the collector's oldest
/// generation, made the pauses of a large graph's first minute (benchmarks/README.md, "Kept rings the collector does
/// not copy"). Its <see cref="Nodes"/> and <see cref="Edges"/> are read back from that JSON when asked for.
/// </remarks>
[JsonConverter(typeof(NeighbourhoodBatchJsonConverter))]
public sealed record NeighbourhoodBatch
{
    private readonly IReadOnlyList<NodeElement>? nodes;
    private readonly IReadOnlyList<EdgeElement>? edges;
    private readonly Rendered? rendered;

    /// <param name="ring">The ring's number, 1 for the first.</param>
    /// <param name="nodes">The ring's nodes; the first ring's starts with the centre.</param>
    /// <param name="edges">The edges that join the ring's nodes to what was sent before.</param>
    /// <param name="remaining">
    /// Neighbours of this ring's frontier that were read and not sent (the limit or the fairness cap held them back);
    /// each frontier node offers at most as many as the ring may send, so a hub's count stops there.
    /// </param>
    /// <param name="serverMs">How long the server took to compute this ring.</param>
    public NeighbourhoodBatch(int ring, IReadOnlyList<NodeElement> nodes, IReadOnlyList<EdgeElement> edges, int remaining, double serverMs)
    {
        Ring = ring;
        this.nodes = nodes;
        this.edges = edges;
        Remaining = remaining;
        ServerMs = serverMs;
    }

    // A copy (`with`) holds the elements: its JSON would no longer be the kept one.
    private NeighbourhoodBatch(NeighbourhoodBatch original)
    {
        Ring = original.Ring;
        nodes = original.Nodes;
        edges = original.Edges;
        Remaining = original.Remaining;
        ServerMs = original.ServerMs;
    }

    private NeighbourhoodBatch(NeighbourhoodBatch original, Rendered rendered)
    {
        Ring = original.Ring;
        Remaining = original.Remaining;
        ServerMs = original.ServerMs;
        this.rendered = rendered;
    }

    /// <summary>The ring's number, 1 for the first.</summary>
    public int Ring { get; init; }

    /// <summary>The ring's nodes; the first ring's starts with the centre.</summary>
    public IReadOnlyList<NodeElement> Nodes
    {
        get => nodes ?? NeighbourhoodBatchJsonConverter.ReadElements(rendered!.Json, rendered.Options).Nodes;
        init => nodes = value;
    }

    /// <summary>The edges that join the ring's nodes to what was sent before.</summary>
    public IReadOnlyList<EdgeElement> Edges
    {
        get => edges ?? NeighbourhoodBatchJsonConverter.ReadElements(rendered!.Json, rendered.Options).Edges;
        init => edges = value;
    }

    /// <summary>Neighbours of this ring's frontier that were read and not sent.</summary>
    public int Remaining { get; init; }

    /// <summary>How long the server took to compute this ring.</summary>
    public double ServerMs { get; init; }

    /// <summary>The ids of <see cref="Nodes"/>, in order, without reading a kept ring's JSON.</summary>
    public IReadOnlyList<string> NodeIds => rendered?.NodeIds ?? [.. nodes!.Select(static n => n.Data.Id)];

    /// <summary>The ids of <see cref="Edges"/>, in order, without reading a kept ring's JSON.</summary>
    public IReadOnlyList<string> EdgeIds => rendered?.EdgeIds ?? [.. edges!.Select(static e => e.Data.Id)];

    /// <summary>How many nodes and edges the ring holds.</summary>
    public int ElementCount => rendered is { } kept ? kept.NodeIds.Length + kept.EdgeIds.Length : nodes!.Count + edges!.Count;

    /// <summary>
    /// The ring as kept for later readers: its JSON as written with <paramref name="options"/> (the hub's), in an array
    /// the collector neither moves nor reads through, and its ids.
    /// </summary>
    public NeighbourhoodBatch Keep(JsonSerializerOptions options)
    {
        if (rendered is not null)
        {
            return this;
        }

        var json = NeighbourhoodBatchJsonConverter.Render(this, options, static length => GC.AllocateUninitializedArray<byte>(length, pinned: true));
        string[] nodeIds = [.. nodes!.Select(static n => n.Data.Id)];
        string[] edgeIds = [.. edges!.Select(static e => e.Data.Id)];
        return new NeighbourhoodBatch(this, new Rendered(options, json, nodeIds, edgeIds));
    }

    /// <summary>The kept JSON, when it was written with <paramref name="options"/>.</summary>
    internal byte[]? JsonFor(JsonSerializerOptions options) =>
        rendered is { } kept && ReferenceEquals(kept.Options, options) ? kept.Json : null;

    private sealed record Rendered(JsonSerializerOptions Options, byte[] Json, string[] NodeIds, string[] EdgeIds);
}
