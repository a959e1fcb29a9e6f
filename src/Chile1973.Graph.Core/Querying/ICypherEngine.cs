namespace Chile1973.Graph.Core.Querying;

/// <summary>
/// The one port every feature goes through: run a parameterised Cypher query and stream its records.
/// The embedded engine and the Neo4j engine both implement it, and callers cannot tell them apart.
/// </summary>
public interface ICypherEngine
{
    /// <summary>A short name for logs and health output (<c>embedded</c>, <c>neo4j</c>).</summary>
    string Name { get; }

    /// <summary>
    /// Starts a query. Compile-time errors (syntax, semantics, a write in read mode) are thrown from
    /// this call as <see cref="CypherException"/>; run-time errors surface while the cursor is read.
    /// </summary>
    Task<ICypherCursor> RunAsync(CypherQuery query, QueryOptions options, CancellationToken cancellationToken = default);
}
