using System.Globalization;
using System.Text;
using Chile1973.Graph.Core.Values;

namespace Chile1973.Graph.Tck.Values;

/// <summary>
/// Parses the TCK's value syntax (result cells, parameters, procedure tables) into the CLR shapes of
/// <see cref="CypherValues"/>. Nodes and relationships get made-up element ids: the comparer ignores
/// identity, and in paths the ids only say which way each relationship points.
/// </summary>
public sealed class TckValueParser
{
    private readonly string text;
    private int position;
    private int nextId;

    private TckValueParser(string text) => this.text = text;

    /// <summary>Parses one value; the whole text must be consumed.</summary>
    public static object? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new TckValueParser(text);
        parser.SkipBlanks();
        var value = parser.ParseValue();
        parser.SkipBlanks();
        if (parser.position != text.Length)
        {
            throw parser.Error("unexpected text after the value");
        }

        return value;
    }

    private object? ParseValue()
    {
        if (position >= text.Length)
        {
            throw Error("a value was expected");
        }

        var c = text[position];
        switch (c)
        {
            case '(': return ParseNode();
            case '[' when Peek(1) == ':': return ParseRelationship();
            case '[': return ParseList();
            case '<': return ParsePath();
            case '{': return ParseMap();
            case '\'': return ParseString();
            case '-' or '.' or (>= '0' and <= '9'): return ParseNumber();
        }

        var word = ReadName();
        return word switch
        {
            "true" => true,
            "false" => false,
            "null" => null,
            "NaN" => double.NaN,
            "Inf" or "Infinity" => double.PositiveInfinity,
            _ => throw Error(word.Length == 0 ? $"unexpected '{c}'" : $"unknown word '{word}'"),
        };
    }

    private CypherNode ParseNode()
    {
        Expect('(');
        var labels = new List<string>();
        while (TryEat(':'))
        {
            labels.Add(RequireName("label"));
        }

        SkipBlanks();
        IReadOnlyDictionary<string, object?> properties = Peek(0) == '{' ? ParseMap() : new Dictionary<string, object?>();
        SkipBlanks();
        Expect(')');
        return new CypherNode(NewId("n"), labels, properties);
    }

    private CypherRelationship ParseRelationship(string start = "", string end = "")
    {
        Expect('[');
        Expect(':');
        var type = RequireName("relationship type");
        SkipBlanks();
        IReadOnlyDictionary<string, object?> properties = Peek(0) == '{' ? ParseMap() : new Dictionary<string, object?>();
        SkipBlanks();
        Expect(']');
        return new CypherRelationship(NewId("r"), type, start, end, properties);
    }

    private CypherPath ParsePath()
    {
        Expect('<');
        SkipBlanks();
        var nodes = new List<CypherNode> { ParseNode() };
        var relationships = new List<CypherRelationship>();
        SkipBlanks();
        while (!TryEat('>'))
        {
            var backwards = TryEat('<');
            Expect('-');
            var relationship = ParseRelationship();
            if (backwards)
            {
                Expect('-');
            }
            else
            {
                Expect('-');
                Expect('>');
            }

            SkipBlanks();
            var node = ParseNode();
            var previous = nodes[^1].ElementId;
            relationships.Add(backwards
                ? new CypherRelationship(relationship.ElementId, relationship.Type, node.ElementId, previous, relationship.Properties)
                : new CypherRelationship(relationship.ElementId, relationship.Type, previous, node.ElementId, relationship.Properties));
            nodes.Add(node);
            SkipBlanks();
        }

        return new CypherPath(nodes, relationships);
    }

    private List<object?> ParseList()
    {
        Expect('[');
        var items = new List<object?>();
        SkipBlanks();
        if (TryEat(']'))
        {
            return items;
        }

        do
        {
            SkipBlanks();
            items.Add(ParseValue());
            SkipBlanks();
        }
        while (TryEat(','));

        Expect(']');
        return items;
    }

    private Dictionary<string, object?> ParseMap()
    {
        Expect('{');
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        SkipBlanks();
        if (TryEat('}'))
        {
            return map;
        }

        do
        {
            SkipBlanks();
            var key = RequireName("map key");
            SkipBlanks();
            Expect(':');
            SkipBlanks();
            if (!map.TryAdd(key, ParseValue()))
            {
                throw Error($"the key '{key}' appears twice");
            }

            SkipBlanks();
        }
        while (TryEat(','));

        Expect('}');
        return map;
    }

    private string ParseString()
    {
        var start = position;
        Expect('\'');
        var sb = new StringBuilder();
        while (position < text.Length)
        {
            var c = text[position++];
            if (c == '\'')
            {
                return sb.ToString();
            }

            // Only \' and \\ are escapes in the TCK's cells; any other backslash is itself.
            if (c == '\\' && position < text.Length && text[position] is '\'' or '\\')
            {
                sb.Append(text[position++]);
            }
            else
            {
                sb.Append(c);
            }
        }

        position = start;
        throw Error("the string is never closed");
    }

    private object ParseNumber()
    {
        var start = position;
        if (TryEat('-') && ReadName() is "Inf" or "Infinity")
        {
            return double.NegativeInfinity;
        }

        position = start;
        TryEat('-');
        var digitsBefore = SkipDigits();
        var isFloat = false;
        if (Peek(0) == '.' && char.IsAsciiDigit(Peek(1)))
        {
            position++;
            SkipDigits();
            isFloat = true;
        }

        if (digitsBefore == 0 && !isFloat)
        {
            throw Error("a number was expected");
        }

        if (Peek(0) is 'e' or 'E')
        {
            position++;
            if (!TryEat('-'))
            {
                TryEat('+');
            }

            if (SkipDigits() == 0)
            {
                throw Error("the exponent has no digits");
            }

            isFloat = true;
        }

        var token = text[start..position];
        if (isFloat)
        {
            return double.Parse(token, NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        return long.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer)
            ? integer
            : throw Error($"the integer {token} does not fit in 64 bits");
    }

    private int SkipDigits()
    {
        var start = position;
        while (position < text.Length && char.IsAsciiDigit(text[position]))
        {
            position++;
        }

        return position - start;
    }

    private string ReadName()
    {
        var start = position;
        while (position < text.Length && (char.IsLetterOrDigit(text[position]) || text[position] is '_' or '$'))
        {
            position++;
        }

        return text[start..position];
    }

    private string RequireName(string what)
    {
        var name = ReadName();
        return name.Length > 0 ? name : throw Error($"a {what} was expected");
    }

    private void SkipBlanks()
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }
    }

    private char Peek(int offset) => position + offset < text.Length ? text[position + offset] : '\0';

    private bool TryEat(char c)
    {
        if (Peek(0) != c)
        {
            return false;
        }

        position++;
        return true;
    }

    private void Expect(char c)
    {
        if (!TryEat(c))
        {
            throw Error($"'{c}' was expected");
        }
    }

    private string NewId(string prefix) => prefix + (nextId++).ToString(CultureInfo.InvariantCulture);

    private FormatException Error(string message) =>
        new($"Bad TCK value at offset {position}: {message}, in: {text}");
}
