namespace Chile1973.Graph.LoadTest;

// The parts of the hub's messages the load client reads; kept apart from the server's types so the
// client sees the wire as any outside client does.

/// <summary>The <c>Welcome</c> message: where the page opens.</summary>
internal sealed record WelcomeInfo(string? StartNodeId, long Nodes);

/// <summary>One ring of <c>StreamNeighbourhood</c>: its nodes; the edges are skipped unread, as the client never uses them.</summary>
internal sealed record RingBatch(int Ring, IReadOnlyList<WireElement> Nodes, int Remaining);

/// <summary>A Cytoscape element.</summary>
internal sealed record WireElement(WireData Data);

/// <summary>The element's data: only its id and label are used.</summary>
internal sealed record WireData(string Id, string? Label);

/// <summary>One search hit.</summary>
internal sealed record SearchHitWire(string Id, string? Name);
