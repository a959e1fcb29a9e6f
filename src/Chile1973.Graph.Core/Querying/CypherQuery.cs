using Chile1973.Graph.Core.Values;

namespace Chile1973.Graph.Core.Querying;

/// <summary>A Cypher statement and its parameters (values as described in <see cref="CypherValues"/>).</summary>
public sealed record CypherQuery(string Text, IReadOnlyDictionary<string, object?>? Parameters = null)
{
    /// <summary>The parameters, never null.</summary>
    public IReadOnlyDictionary<string, object?> ParametersOrEmpty => Parameters ?? EmptyParameters;

    private static readonly IReadOnlyDictionary<string, object?> EmptyParameters = new Dictionary<string, object?>();
}
