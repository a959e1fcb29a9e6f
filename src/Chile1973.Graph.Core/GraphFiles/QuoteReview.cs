using Chile1973.Graph.Core.Explorer;
using Chile1973.Graph.Core.Model;

namespace Chile1973.Graph.Core.GraphFiles;

/// <summary>A relationship whose quote names neither of its ends, and the reason a reviewer kept it, if any.</summary>
/// <param name="Reason">Why the quote still supports the row, from the reviewed list; null when nobody has reviewed it.</param>
public sealed record QuoteFinding(GraphRelationship Relationship, string? Reason)
{
    /// <summary>True when the row is in the reviewed list.</summary>
    public bool IsReviewed => Reason is not null;
}

/// <summary>
/// The review aid: a relationship whose quote names neither end (by name or alias, ignoring case and
/// accents) may assert more than its passage says, so each such row is either fixed or kept in
/// <c>graph/review/quotes-naming-neither-end.csv</c> with the reason a reader accepted it.
/// </summary>
public static class QuoteReview
{
    /// <summary>The folder of review files inside the graph directory.</summary>
    public const string Folder = "review";

    /// <summary>The reviewed list: <c>relationship,reason</c>.</summary>
    public const string AllowListFile = "quotes-naming-neither-end.csv";

    private static readonly string[] Header = ["relationship", "reason"];

    /// <summary>True when the relationship's quote contains the name or an alias of its start or end node.</summary>
    public static bool QuoteNamesAnEnd(GraphRelationship relationship, GraphNode start, GraphNode end)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(end);
        var quote = NameFolding.Fold(relationship.Provenance.Quote);
        return new[] { start, end }
            .SelectMany(n => n.Aliases.Prepend(n.Name))
            .Select(NameFolding.Fold)
            .Any(name => name.Length > 0 && quote.Contains(name, StringComparison.Ordinal));
    }

    /// <summary>Reads the reviewed list; an absent file is an empty list.</summary>
    internal static Dictionary<string, (string Reason, int Line)> ReadAllowList(string graphPath, string root, ICollection<GraphProblem> problems, out string file)
    {
        var path = Path.Combine(graphPath, Folder, AllowListFile);
        file = Path.GetRelativePath(root, path).Replace('\\', '/');
        var allowed = new Dictionary<string, (string Reason, int Line)>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return allowed;
        }

        var records = CsvReader.Read(File.ReadAllText(path), file, problems);
        if (records.Count == 0 || records[0].Line != 1 || !records[0].Fields.SequenceEqual(Header, StringComparer.Ordinal))
        {
            problems.Add(new GraphProblem(file, 1, "header", $"the first line must be the header {string.Join(',', Header)}"));
            return allowed;
        }

        foreach (var record in records.Skip(1))
        {
            if (record.Fields.Count != Header.Length)
            {
                problems.Add(new GraphProblem(file, record.Line, "record", $"expected {Header.Length} fields as in the header, found {record.Fields.Count}"));
            }
            else if (record.Fields[1].Length == 0)
            {
                problems.Add(new GraphProblem(file, record.Line, "reason", "missing required value: say why the quote supports the row"));
            }
            else if (!allowed.TryAdd(record.Fields[0], (record.Fields[1], record.Line)))
            {
                problems.Add(new GraphProblem(file, record.Line, "relationship", $"'{record.Fields[0]}' is listed twice, first at line {allowed[record.Fields[0]].Line}"));
            }
        }

        return allowed;
    }

    /// <summary>
    /// Finds the relationships whose quote names neither end, with their reviewed reason, and reports a
    /// reviewed row that names no relationship or no longer needs review, so the list cannot go stale.
    /// </summary>
    internal static List<QuoteFinding> Review(
        IReadOnlyList<GraphNode> nodes, IReadOnlyList<GraphRelationship> relationships,
        Dictionary<string, (string Reason, int Line)> allowed, string file, ICollection<GraphProblem> problems)
    {
        var byId = nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        var findings = new List<QuoteFinding>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var relationship in relationships)
        {
            seen.Add(relationship.Id);
            var names = QuoteNamesAnEnd(relationship, byId[relationship.StartId], byId[relationship.EndId]);
            var reviewed = allowed.TryGetValue(relationship.Id, out var entry);
            if (!names)
            {
                findings.Add(new QuoteFinding(relationship, reviewed ? entry.Reason : null));
            }
            else if (reviewed)
            {
                problems.Add(new GraphProblem(file, entry.Line, "relationship", $"'{relationship.Id}' no longer needs review: its quote names an end; remove the row"));
            }
        }

        foreach (var (id, (_, line)) in allowed)
        {
            if (!seen.Contains(id))
            {
                problems.Add(new GraphProblem(file, line, "relationship", $"no relationship has id '{id}'"));
            }
        }

        return findings;
    }
}
