namespace Chile1973.Graph.Neo4j.Errors;

/// <summary>One entry of a Query API <c>errors</c> array: a Neo4j status code and its message.</summary>
public sealed record Neo4jError(string Code, string Message)
{
    /// <summary>True for <c>Neo.TransientError.*</c>: the server rolled back, and trying again may pass.</summary>
    public bool IsTransientClass => Code.StartsWith("Neo.TransientError.", StringComparison.Ordinal);

    /// <summary>True for <c>Neo.ClientError.*</c>: the request itself is wrong.</summary>
    public bool IsClientClass => Code.StartsWith("Neo.ClientError.", StringComparison.Ordinal);
}
