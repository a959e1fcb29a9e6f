namespace Chile1973.Graph.Cypher.Functions;

/// <summary>A scalar function: how many arguments it takes and what it computes from their values.</summary>
internal sealed record ScalarFunction(int MinArguments, int MaxArguments, Func<QueryContext, object?[], object?> Invoke);
