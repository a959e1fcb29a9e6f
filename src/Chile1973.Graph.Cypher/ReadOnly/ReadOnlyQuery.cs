using System.Collections.Frozen;
using Chile1973.Graph.Cypher.Semantics;
using Chile1973.Graph.Cypher.Syntax;

namespace Chile1973.Graph.Cypher.ReadOnly;

/// <summary>
/// Decides before a query runs whether it can change the graph, from its syntax tree alone, so the same verdict
/// holds whichever engine would run it: a write clause anywhere (also inside <c>CALL { }</c> or
/// <c>EXISTS { }</c>), or a call of a procedure not known to be read-only.
/// </summary>
public static class ReadOnlyQuery
{
    /// <summary>
    /// Procedures that only read, named as Neo4j 5 names them (the embedded engine implements the first five).
    /// Any other procedure may write (<c>db.createLabel</c>, <c>apoc.create.node</c>), so it is refused.
    /// </summary>
    public static FrozenSet<string> ReadProcedures { get; } = FrozenSet.ToFrozenSet(
    [
        "db.labels", "db.relationshipTypes", "db.propertyKeys",
        "db.index.fulltext.queryNodes", "db.index.fulltext.queryRelationships",
        "db.schema.visualization", "db.schema.nodeTypeProperties", "db.schema.relTypeProperties",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Parses and analyses <paramref name="text"/> (a syntax or semantic error is thrown as
    /// <see cref="CypherException"/> with its position) and says whether it only reads.
    /// </summary>
    public static ReadOnlyVerdict Classify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var analyzed = SemanticAnalyzer.Analyze(CypherParser.Parse(text));
        if (analyzed.IsUpdating && analyzed.FirstUpdate is { } at)
        {
            return new ReadOnlyVerdict(analyzed, ClauseKeyword(text, at.Offset), at);
        }

        foreach (var node in AstWalker.DescendantsAndSelf(analyzed.Statement))
        {
            if (node is CallClause call && !ReadProcedures.Contains(call.Procedure.FullName))
            {
                return new ReadOnlyVerdict(analyzed, $"procedure {call.Procedure.FullName}", call.Span.Position);
            }
        }

        return new ReadOnlyVerdict(analyzed, null, null);
    }

    /// <summary>The clause keyword at <paramref name="offset"/>, upper-cased (<c>DETACH DELETE</c> reads as <c>DETACH</c>).</summary>
    private static string ClauseKeyword(string text, int offset)
    {
        var end = offset;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return end > offset ? text[offset..end].ToUpperInvariant() : "a write clause";
    }
}
