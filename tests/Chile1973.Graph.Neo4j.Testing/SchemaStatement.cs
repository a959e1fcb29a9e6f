using System.Text.RegularExpressions;

namespace Chile1973.Graph.Neo4j.Testing;

/// <summary>A schema statement the stand-in recorded, in the order it arrived.</summary>
/// <param name="Kind">What it makes: <c>constraint</c>, <c>index</c>, <c>fulltext index</c> or <c>await indexes</c>.</param>
/// <param name="Name">The constraint or index name; empty for <c>CALL db.awaitIndexes</c>.</param>
/// <param name="Statement">The statement text as sent.</param>
public sealed partial record SchemaStatement(string Kind, string Name, string Statement)
{
    /// <summary>
    /// Recognises the schema statements of Neo4j that the embedded openCypher engine does not have:
    /// <c>CREATE CONSTRAINT</c>, <c>CREATE [FULLTEXT] INDEX</c> and <c>CALL db.awaitIndexes</c>.
    /// </summary>
    public static SchemaStatement? TryParse(string statement)
    {
        var match = Pattern().Match(statement);
        if (!match.Success)
        {
            return null;
        }

        var kind = match.Groups["await"].Success ? "await indexes"
            : match.Groups["constraint"].Success ? "constraint"
            : match.Groups["fulltext"].Success ? "fulltext index"
            : "index";
        return new SchemaStatement(kind, match.Groups["name"].Value, statement);
    }

    [GeneratedRegex(@"^\s*(?:(?<await>CALL\s+db\.awaitIndexes\b)|CREATE\s+(?:(?<constraint>CONSTRAINT)|(?<fulltext>FULLTEXT\s+)?INDEX)(?:\s+(?!IF\b|FOR\b|ON\b)(?<name>[A-Za-z_][A-Za-z0-9_]*))?\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
