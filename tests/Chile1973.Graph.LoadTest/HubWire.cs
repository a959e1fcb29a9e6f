namespace Chile1973.Graph.LoadTest;

// The parts of the hub's messages the load client reads; kept apart from the server's types so the
// client sees the wire as any outside client does.

/// <summary>The <c>Welcome</c> message: where the page opens.</summary>
internal sealed record WelcomeInfo(string? StartNodeId, long Nodes);

// The ring types have settable properties rather than constructor parameters: System.Text.Json fills such an
// object as it reads it, but keeps a constructor's arguments aside until the object ends, and reading rings is
// most of the client's work.

/// <summary>One ring of <c>StreamNeighbourhood</c>: its nodes; the edges are skipped unread, as the client never uses them.</summary>
internal sealed record RingBatch
{
    public int Ring { get; init; }

    public IReadOnlyList<WireElement> Nodes { get; init; } = [];

    public int Remaining { get; init; }
}

/// <summary>A Cytoscape element.</summary>
internal sealed record WireElement
{
    public WireData Data { get; init; } = WireData.None;
}

/// <summary>The element's data: only its id and label are used.</summary>
internal sealed record WireData
{
    public static readonly WireData None = new();

    public string Id { get; init; } = "";

    public string? Label { get; init; }
}

/// <summary>One search hit.</summary>
internal sealed record SearchHitWire(string Id, string? Name);
