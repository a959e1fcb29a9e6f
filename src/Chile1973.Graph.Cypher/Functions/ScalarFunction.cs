namespace Chile1973.Graph.Cypher.Functions;

/// <summary>
/// A scalar function: how many arguments it takes and what it computes from their values. A function of one
/// argument that is null on null also has <see cref="Single"/>, called with the value itself: a call per row then
/// builds no array of values.
/// </summary>
internal sealed record ScalarFunction(
    int MinArguments, int MaxArguments, Func<QueryContext, object?[], object?> Invoke, Func<QueryContext, object, object?>? Single = null);
