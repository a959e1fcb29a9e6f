namespace Chile1973.Graph.Cypher.Procedures;

/// <summary>A callable procedure: its signature and how it produces output rows from argument values.</summary>
internal sealed record ProcedureDefinition(
    string Name,
    IReadOnlyList<ProcedureField> Inputs,
    IReadOnlyList<ProcedureField> Outputs,
    Func<QueryContext, object?[], IEnumerable<object?[]>> Invoke);
