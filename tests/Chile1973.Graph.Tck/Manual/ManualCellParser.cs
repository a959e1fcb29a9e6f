using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Chile1973.Graph.Tck.Manual;

/// <summary>
/// Parses a result cell as the Cypher Manual prints it (its README lists the styles): three null
/// spellings, strings in either quote without escapes, maps with bare, double- or single-quoted
/// keys, nodes as <c>(:L {..})</c>, <c>Node[id]{..}</c> or <c>{{..}}</c>, relationships as
/// <c>[:T {..}]</c> or <c>{:T}</c>, paths, and unquoted temporal values.
/// A bare property map stays a map: the comparer lets it stand for a node.
/// </summary>
public sealed partial class ManualCellParser
{
    private readonly string text;
    private int position;

    private ManualCellParser(string text) => this.text = text;

    /// <summary>Parses one cell; the whole text must be consumed.</summary>
    public static object? Parse(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var parser = new ManualCellParser(cell);
        parser.SkipBlanks();
        var value = parser.ParseValue();
        parser.SkipBlanks();
        if (parser.position != cell.Length)
        {
            throw parser.Error("unexpected text after the value");
        }

        return value;
    }

    [GeneratedRegex(@"^-?\d+$")]
    private static partial Regex IntegerText();

    [GeneratedRegex(@"^-?(\d+\.\d*|\.\d+|\d+)([eE][-+]?\d+)?$|^-?(NaN|Infinity)$")]
    private static partial Regex FloatText();

    [GeneratedRegex(@"^(-?\d{4}-\d{2}(-\d{2})?|\d{2}:\d{2}|P|-?P)")]
    private static partial Regex TemporalStart();

    private object? ParseValue()
    {
        if (position >= text.Length)
        {
            throw Error("a value was expected");
        }

        switch (text[position])
        {
            case '(': return ParseNodeOrPath();
            case '[' when PeekNonBlank(1) == ':': return ParseRelationship('[', ']');
            case '[': return ParseList();
            case '{' when PeekNonBlank(1) == ':': return ParseRelationship('{', '}');
            case '{' when PeekNonBlank(1) == '{':
                position++;
                SkipBlanks();
                var properties = ParseMap();
                SkipBlanks();
                Expect('}');
                return new ManualNode(null, properties);
            case '{': return ParseMap();
            case '"' or '\'': return ParseString();
            case '<' when Rest().StartsWith("<null>", StringComparison.Ordinal):
                position += "<null>".Length;
                return null;
        }

        if (Rest().StartsWith("Node[", StringComparison.Ordinal))
        {
            position = text.IndexOf(']', position) + 1;
            SkipBlanks();
            return new ManualNode(null, ParseMap());
        }

        var token = ReadToken();
        return token switch
        {
            "true" => true,
            "false" => false,
            "null" or "NULL" => null,
            "NaN" => double.NaN,
            "Infinity" => double.PositiveInfinity,
            "-Infinity" => double.NegativeInfinity,
            _ when IntegerText().IsMatch(token) => long.Parse(token, CultureInfo.InvariantCulture),
            _ when FloatText().IsMatch(token) => double.Parse(token, CultureInfo.InvariantCulture),
            _ when TemporalStart().IsMatch(token) => new ManualTemporal(token),
            _ => throw Error(token.Length == 0 ? $"unexpected '{text[position]}'" : $"unknown word '{token}'"),
        };
    }

    // A bare token ends at a delimiter; a zone id in brackets ("+02:00[Europe/Stockholm]") belongs to it.
    private string ReadToken()
    {
        var start = position;
        while (position < text.Length)
        {
            var c = text[position];
            if (c == '[' && position > start)
            {
                var close = text.IndexOf(']', position);
                position = close < 0 ? text.Length : close + 1;
                continue;
            }

            if (c is ',' or ']' or '}' or ')' or '[' or '{' or '(' || char.IsWhiteSpace(c))
            {
                break;
            }

            position++;
        }

        return text[start..position];
    }

    private object ParseNodeOrPath()
    {
        var first = ParseNode();
        SkipBlanks();
        if (!Rest().StartsWith("-[", StringComparison.Ordinal) && !Rest().StartsWith("<-[", StringComparison.Ordinal))
        {
            return first;
        }

        var nodes = new List<ManualNode> { first };
        var steps = new List<(ManualRelationship, bool)>();
        while (true)
        {
            SkipBlanks();
            bool forward;
            if (TryEat("<-"))
            {
                forward = false;
            }
            else if (TryEat("-"))
            {
                forward = true;
            }
            else
            {
                break;
            }

            var relationship = ParseRelationship('[', ']');
            if (forward)
            {
                ExpectText("->");
            }
            else
            {
                ExpectText("-");
            }

            steps.Add((relationship, forward));
            SkipBlanks();
            nodes.Add(ParseNode());
        }

        return new ManualPath(nodes, steps);
    }

    private ManualNode ParseNode()
    {
        Expect('(');
        SkipBlanks();
        var labels = new List<string>();
        while (TryEat(":"))
        {
            labels.Add(ReadName());
            SkipBlanks();
        }

        IReadOnlyDictionary<string, object?> properties = Peek() == '{' ? ParseMap() : new Dictionary<string, object?>();
        SkipBlanks();
        Expect(')');
        return new ManualNode(labels, properties);
    }

    private ManualRelationship ParseRelationship(char open, char close)
    {
        Expect(open);
        SkipBlanks();
        Expect(':');
        var type = ReadName();
        SkipBlanks();
        IReadOnlyDictionary<string, object?> properties = Peek() == '{' ? ParseMap() : new Dictionary<string, object?>();
        SkipBlanks();
        Expect(close);
        return new ManualRelationship(type, properties);
    }

    private List<object?> ParseList()
    {
        Expect('[');
        var items = new List<object?>();
        SkipBlanks();
        if (TryEat("]"))
        {
            return items;
        }

        do
        {
            SkipBlanks();
            items.Add(ParseValue());
            SkipBlanks();
        }
        while (TryEat(","));

        Expect(']');
        return items;
    }

    private Dictionary<string, object?> ParseMap()
    {
        Expect('{');
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        SkipBlanks();
        if (TryEat("}"))
        {
            return map;
        }

        do
        {
            SkipBlanks();
            var key = Peek() is '"' or '\'' ? (string)ParseString() : ReadName();
            SkipBlanks();
            Expect(':');
            SkipBlanks();
            map[key] = ParseValue();
            SkipBlanks();
        }
        while (TryEat(","));

        Expect('}');
        return map;
    }

    // No escapes: a quote closes the string only where a delimiter (or a map key's colon) follows it.
    private object ParseString()
    {
        var quote = text[position++];
        var start = position;
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] != quote)
            {
                continue;
            }

            var after = i + 1;
            while (after < text.Length && text[after] == ' ')
            {
                after++;
            }

            if (after == text.Length || text[after] is ',' or ']' or '}' or ')' or ':' || text.AsSpan(after).StartsWith("-["))
            {
                position = i + 1;
                return text[start..i];
            }
        }

        throw Error("a string is not closed");
    }

    private string ReadName()
    {
        if (TryEat("`"))
        {
            var close = text.IndexOf('`', position);
            if (close < 0)
            {
                throw Error("a back-quoted name is not closed");
            }

            var quoted = text[position..close];
            position = close + 1;
            return quoted;
        }

        var start = position;
        while (position < text.Length && (char.IsLetterOrDigit(text[position]) || text[position] == '_'))
        {
            position++;
        }

        return start == position ? throw Error("a name was expected") : text[start..position];
    }

    private ReadOnlySpan<char> Rest() => text.AsSpan(position);

    private char Peek() => position < text.Length ? text[position] : '\0';

    private char PeekNonBlank(int offset)
    {
        var i = position + offset;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i < text.Length ? text[i] : '\0';
    }

    private void SkipBlanks()
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }
    }

    private bool TryEat(string expected)
    {
        if (!Rest().StartsWith(expected, StringComparison.Ordinal))
        {
            return false;
        }

        position += expected.Length;
        return true;
    }

    private void Expect(char expected)
    {
        if (Peek() != expected)
        {
            throw Error($"'{expected}' was expected");
        }

        position++;
    }

    private void ExpectText(string expected)
    {
        if (!TryEat(expected))
        {
            throw Error($"'{expected}' was expected");
        }
    }

    private FormatException Error(string message)
    {
        var sb = new StringBuilder();
        sb.Append(message).Append(" at ").Append(position.ToString(CultureInfo.InvariantCulture)).Append(" in ").Append(text);
        return new FormatException(sb.ToString());
    }
}
