namespace Chile1973.Graph.Cypher.Procedures;

/// <summary>
/// An input or output of a procedure: its name and declared Cypher type (<c>STRING?</c>, <c>INTEGER?</c>, ...).
/// An optional input may be left out of a call (trailing inputs only, as <c>options = {} :: MAP</c> in Neo4j's
/// signatures); the procedure then receives null and applies its default.
/// </summary>
public sealed record ProcedureField(string Name, string Type, bool Optional = false);
