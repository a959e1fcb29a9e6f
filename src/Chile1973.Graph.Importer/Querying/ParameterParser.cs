using System.Globalization;
using System.Text;

namespace Chile1973.Graph.Importer.Querying;

/// <summary>
/// Reads <c>--param name=value</c>: the value is a Cypher literal when it parses as one (numbers,
/// <c>true</c>/<c>false</c>/<c>null</c>, <c>'quoted'</c> or <c>"quoted"</c> strings, lists, maps),
/// otherwise the text itself, so <c>--param id=salvador_allende</c> needs no quotes.
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
    /// <exception cref="FormatException">The value nests lists or maps too deeply.</exception>
    public static object? ParseValue(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var reader = new LiteralReader(text);
        return reader.TryReadWhole(out var value) ? value : text;
    }

    private ref struct LiteralReader(string text)
    {
        private const int MaxDepth = 200;

        private int _position;
        private int _depth;

        public bool TryReadWhole(out object? value)
        {
            value = null;
            SkipSpace();
            if (_position >= text.Length || !TryRead(out value))
            {
                return false;
            }

            SkipSpace();
            return _position == text.Length;
        }

        private bool TryRead(out object? value)
        {
            value = null;
            SkipSpace();
            if (_position >= text.Length)
            {
                return false;
            }

            return text[_position] switch
            {
                '\'' or '"' => TryReadString(out value),
                '[' => TryReadList(out value),
                '{' => TryReadMap(out value),
                _ => TryReadWord(out value),
            };
        }

        private bool TryReadWord(out object? value)
        {
            value = null;
            var start = _position;
            while (_position < text.Length && (char.IsLetterOrDigit(text[_position]) || text[_position] is '.' or '-' or '+' or '_'))
            {
                _position++;
            }

            var word = text[start.._position];
            if (word.Length == 0)
            {
                return false;
            }

            if (word.Equals("true", StringComparison.OrdinalIgnoreCase) || word.Equals("false", StringComparison.OrdinalIgnoreCase))
            {
                value = word.Equals("true", StringComparison.OrdinalIgnoreCase);
                return true;
            }

            if (word.Equals("null", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (long.TryParse(word, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
            {
                value = integer;
                return true;
            }

            if ((char.IsDigit(word[^1]) || word[^1] == '.') && double.TryParse(word, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                value = number;
                return true;
            }

            return false;
        }

        private bool TryReadString(out object? value)
        {
            value = null;
            var quote = text[_position++];
            var builder = new StringBuilder();
            while (_position < text.Length)
            {
                var c = text[_position++];
                if (c == quote)
                {
                    value = builder.ToString();
                    return true;
                }

                if (c != '\\')
                {
                    builder.Append(c);
                    continue;
                }

                if (_position >= text.Length)
                {
                    return false;
                }

                var escaped = text[_position++];
                switch (escaped)
                {
                    case 'n': builder.Append('\n'); break;
                    case 't': builder.Append('\t'); break;
                    case 'r': builder.Append('\r'); break;
                    case 'u' when _position + 4 <= text.Length
                        && int.TryParse(text.AsSpan(_position, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code):
                        builder.Append((char)code);
                        _position += 4;
                        break;
                    default: builder.Append(escaped); break;
                }
            }

            return false;
        }

        private bool TryReadList(out object? value)
        {
            Enter();
            try
            {
                return TryReadListCore(out value);
            }
            finally
            {
                _depth--;
            }
        }

        private bool TryReadMap(out object? value)
        {
            Enter();
            try
            {
                return TryReadMapCore(out value);
            }
            finally
            {
                _depth--;
            }
        }

        // The reader recurses into nested lists and maps; a stack overflow would end the process.
        private void Enter()
        {
            if (++_depth > MaxDepth)
            {
                throw new FormatException($"A --param value is nested more than {MaxDepth} levels deep.");
            }
        }

        private bool TryReadListCore(out object? value)
        {
            value = null;
            _position++;
            var items = new List<object?>();
            SkipSpace();
            if (Eat(']'))
            {
                value = items;
                return true;
            }

            while (true)
            {
                if (!TryRead(out var item))
                {
                    return false;
                }

                items.Add(item);
                SkipSpace();
                if (Eat(']'))
                {
                    value = items;
                    return true;
                }

                if (!Eat(','))
                {
                    return false;
                }
            }
        }

        private bool TryReadMapCore(out object? value)
        {
            value = null;
            _position++;
            var map = new Dictionary<string, object?>(StringComparer.Ordinal);
            SkipSpace();
            if (Eat('}'))
            {
                value = map;
                return true;
            }

            while (true)
            {
                SkipSpace();
                var start = _position;
                while (_position < text.Length && (char.IsLetterOrDigit(text[_position]) || text[_position] == '_'))
                {
                    _position++;
                }

                var key = text[start.._position];
                SkipSpace();
                if (key.Length == 0 || !Eat(':') || !TryRead(out var item))
                {
                    return false;
                }

                map[key] = item;
                SkipSpace();
                if (Eat('}'))
                {
                    value = map;
                    return true;
                }

                if (!Eat(','))
                {
                    return false;
                }
            }
        }

        private bool Eat(char c)
        {
            if (_position < text.Length && text[_position] == c)
            {
                _position++;
                return true;
            }

            return false;
        }

        private void SkipSpace()
        {
            while (_position < text.Length && char.IsWhiteSpace(text[_position]))
            {
                _position++;
            }
        }
    }
}
