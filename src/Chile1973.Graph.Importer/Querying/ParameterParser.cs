using Chile1973.Graph.Cypher.Syntax;

namespace Chile1973.Graph.Importer.Querying;

/// <summary>
/// Reads <c>--param name=value</c>: the value is a Cypher literal when the engine's own parser reads
/// it as one (numbers, <c>true</c>/<c>false</c>/<c>null</c>, <c>'quoted'</c> or <c>"quoted"</c>
/// strings, lists, maps), otherwise the text itself, so <c>--param id=salvador_allende</c> needs no quotes.
/// </summary>
public static class ParameterParser
{
    /// <summary>Splits <c>name=value</c> and parses the value.</summary>
    /// <exception cref="FormatException">There is no <c>=</c> or the name is not a parameter name.</exception>
    public static KeyValuePair<string, object?> ParseAssignment(string assignment)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        var equals = assignment.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            throw new FormatException($"--param '{assignment}' is not name=value.");
        }

        var name = assignment[..equals].Trim();
        if (!name.All(c => char.IsLetterOrDigit(c) || c == '_') || char.IsDigit(name[0]))
        {
            throw new FormatException($"--param '{assignment}': '{name}' is not a parameter name (letters, digits and _).");
        }

        return new(name, ParseValue(assignment[(equals + 1)..]));
    }

    /// <summary>The value as a Cypher literal when it is one, else the text itself.</summary>
    /// <exception cref="FormatException">The value nests lists or maps deeper than the parser reads.</exception>
    public static object? ParseValue(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            return CypherLiteral.TryParse(text, out var value) ? value : text;
        }
        catch (CypherException e)
        {
            throw new FormatException($"A --param value is nested more than the parser reads: {e.Message}", e);
        }
    }
}
