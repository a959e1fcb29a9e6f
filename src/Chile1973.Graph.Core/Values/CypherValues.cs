using System.Globalization;
using System.Text;
using Chile1973.Graph.Core.Values.Temporal;

namespace Chile1973.Graph.Core.Values;

/// <summary>
/// The CLR shapes of Cypher values that cross the query port, whichever engine produced them:
/// null; <see cref="bool"/>; <see cref="long"/> (INTEGER); <see cref="double"/> (FLOAT); <see cref="string"/>;
/// <see cref="IReadOnlyList{T}"/> of object? (LIST); <see cref="IReadOnlyDictionary{TKey,TValue}"/> of string to object? (MAP);
/// <see cref="CypherNode"/>, <see cref="CypherRelationship"/>, <see cref="CypherPath"/>;
/// the temporal types of <c>Chile1973.Graph.Core.Values.Temporal</c>; <see cref="byte"/>[] (BYTE ARRAY,
/// from Neo4j only); and <see cref="CypherUnsupported"/> for a value the engine could not send.
/// </summary>
public static class CypherValues
{
    /// <summary>The Cypher type name of a value (<c>INTEGER</c>, <c>LIST</c>, <c>NODE</c>, ...).</summary>
    public static string TypeName(object? value) => value switch
    {
        null => "NULL",
        bool => "BOOLEAN",
        long or int => "INTEGER",
        double or float => "FLOAT",
        string => "STRING",
        byte[] => "BYTE ARRAY",
        CypherUnsupported => "UNSUPPORTED",
        CypherNode => "NODE",
        CypherRelationship => "RELATIONSHIP",
        CypherPath => "PATH",
        CypherDate => "DATE",
        CypherLocalTime => "LOCAL TIME",
        CypherTime => "ZONED TIME",
        CypherLocalDateTime => "LOCAL DATETIME",
        CypherDateTime => "ZONED DATETIME",
        CypherDuration => "DURATION",
        IReadOnlyDictionary<string, object?> => "MAP",
        IReadOnlyList<object?> => "LIST",
        _ => value.GetType().Name,
    };

    /// <summary>Renders a value the way Cypher literals and the TCK write it (<c>(:A {k: 1})</c>, <c>'text'</c>).</summary>
    public static string ToLiteral(object? value)
    {
        var sb = new StringBuilder();
        Append(sb, value);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case null: sb.Append("null"); break;
            case bool b: sb.Append(b ? "true" : "false"); break;
            case long or int: sb.Append(Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)); break;
            case double d: sb.Append(FormatFloat(d)); break;
            // A byte array prints as the list of its byte values, which Cypher reads back as a list of integers.
            case byte[] bytes: sb.Append('[').AppendJoin(", ", bytes).Append(']'); break;
            case CypherUnsupported unsupported: sb.Append("<unsupported: ").Append(unsupported.Reason).Append('>'); break;
            case string s: sb.Append('\'').Append(s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)).Append('\''); break;
            case CypherNode n:
                sb.Append('(');
                foreach (var label in n.Labels)
                {
                    sb.Append(':').Append(label);
                }

                AppendProperties(sb, n.Properties, spaced: n.Labels.Count > 0);
                sb.Append(')');
                break;
            case CypherRelationship r:
                sb.Append("[:").Append(r.Type);
                AppendProperties(sb, r.Properties, spaced: true);
                sb.Append(']');
                break;
            case CypherPath p:
                sb.Append('<');
                Append(sb, p.Nodes[0]);
                for (var i = 0; i < p.Relationships.Count; i++)
                {
                    var rel = p.Relationships[i];
                    var forward = string.Equals(rel.StartElementId, p.Nodes[i].ElementId, StringComparison.Ordinal);
                    sb.Append(forward ? "-" : "<-");
                    Append(sb, rel);
                    sb.Append(forward ? "->" : "-");
                    Append(sb, p.Nodes[i + 1]);
                }

                sb.Append('>');
                break;
            case IReadOnlyDictionary<string, object?> map: AppendMap(sb, map); break;
            case IReadOnlyList<object?> list:
                sb.Append('[');
                for (var i = 0; i < list.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(", ");
                    }

                    Append(sb, list[i]);
                }

                sb.Append(']');
                break;
            default:
                // Temporal values render as their ISO strings, quoted, as the TCK writes them.
                sb.Append('\'').Append(Convert.ToString(value, CultureInfo.InvariantCulture)).Append('\'');
                break;
        }
    }

    /// <summary>An element's property map, after a space when something precedes it; nothing when it has none.</summary>
    private static void AppendProperties(StringBuilder sb, IReadOnlyDictionary<string, object?> properties, bool spaced)
    {
        if (properties.Count == 0)
        {
            return;
        }

        if (spaced)
        {
            sb.Append(' ');
        }

        AppendMap(sb, properties);
    }

    private static void AppendMap(StringBuilder sb, IReadOnlyDictionary<string, object?> map)
    {
        sb.Append('{');
        var first = true;
        foreach (var (key, item) in map.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            if (!first)
            {
                sb.Append(", ");
            }

            first = false;
            sb.Append(key).Append(": ");
            Append(sb, item);
        }

        sb.Append('}');
    }

    /// <summary>Formats a float as Cypher prints it: always with a fraction or exponent, NaN and Infinity by name.</summary>
    public static string FormatFloat(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal)
            ? text.Replace("E+", "e", StringComparison.Ordinal).Replace("E", "e", StringComparison.Ordinal)
            : text + ".0";
    }
}
