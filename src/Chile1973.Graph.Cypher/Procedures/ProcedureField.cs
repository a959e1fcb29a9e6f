namespace Chile1973.Graph.Cypher.Procedures;

/// <summary>An input or output of a procedure: its name and declared Cypher type (<c>STRING?</c>, <c>INTEGER?</c>, ...).</summary>
public sealed record ProcedureField(string Name, string Type);
