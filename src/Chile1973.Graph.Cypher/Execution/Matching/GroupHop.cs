namespace Chile1973.Graph.Cypher.Execution.Matching;

/// <summary>One hop inside a quantified path pattern: how to cross it and where its relationship and far node are bound.</summary>
internal sealed record GroupHop(Direction Direction, string[] Types, EntityCheck RelationshipCheck, EntityCheck NodeCheck, int RelationshipSlot, int NodeSlot);
