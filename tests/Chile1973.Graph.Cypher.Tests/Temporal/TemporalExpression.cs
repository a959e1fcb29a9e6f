using System.Globalization;
using Chile1973.Graph.Cypher.Functions.Temporal;

namespace Chile1973.Graph.Cypher.Tests.Temporal;

/// <summary>
/// Evaluates the small expression language of the case tables (literals, maps, temporal function calls,
/// <c>.property</c>, and <c>+ - * /</c>) straight on <see cref="TemporalFunctions"/>, so the functions are tested
/// with the TCK's own expressions and no query engine in between.
/// </summary>
internal sealed class TemporalExpression
{
    private readonly string _text;
    private readonly TemporalContext _context;
    private int _pos;

    private TemporalExpression(string text, TemporalContext context)
    {
        _text = text;
        _context = context;
    }

    public static object? Evaluate(string text, TemporalContext context)
    {
        var parser = new TemporalExpression(text, context);
        var value = parser.Additive();
        parser.Skip();
        return parser._pos == text.Length ? value : throw new FormatException($"Unexpected text at {parser._pos}: '{text[parser._pos..]}'.");
    }

    private object? Additive()
    {
        var left = Multiplicative();
        while (true)
        {
            Skip();
            if (Peek('+') || Peek('-'))
            {
                var op = _text[_pos++];
                var right = Multiplicative();
                object? result;
                var ok = op == '+' ? TemporalFunctions.TryAdd(left, right, out result) : TemporalFunctions.TrySubtract(left, right, out result);
                left = ok ? result : throw new InvalidOperationException($"No temporal {op} for these operands.");
                continue;
            }

            return left;
        }
    }

    private object? Multiplicative()
    {
        var left = Postfix();
        while (true)
        {
            Skip();
            if (Peek('*') || Peek('/'))
            {
                var op = _text[_pos++];
                var right = Postfix();
                object? result;
                var ok = op == '*' ? TemporalFunctions.TryMultiply(left, right, out result) : TemporalFunctions.TryDivide(left, right, out result);
                left = ok ? result : throw new InvalidOperationException($"No temporal {op} for these operands.");
                continue;
            }

            return left;
        }
    }

    private object? Postfix()
    {
        var value = Primary();
        while (true)
        {
            Skip();
            if (!Peek('.'))
            {
                return value;
            }

            _pos++;
            var key = Identifier();
            value = value is null ? null : TemporalFunctions.TryGetProperty(value, key, out var property) ? property : throw new InvalidOperationException($"No property {key}.");
        }
    }

    private object? Primary()
    {
        Skip();
        var c = _text[_pos];
        if (c == '(')
        {
            _pos++;
            var inner = Additive();
            Expect(')');
            return inner;
        }

        if (c == '\'')
        {
            return StringLiteral();
        }

        if (c == '{')
        {
            return MapLiteral();
        }

        if (c == '[')
        {
            _pos++;
            var items = new List<object?>();
            Skip();
            if (!Peek(']'))
            {
                do
                {
                    items.Add(Additive());
                    Skip();
                }
                while (TryConsume(','));
            }

            Expect(']');
            return items;
        }

        if (char.IsAsciiDigit(c) || (c == '-' && char.IsAsciiDigit(_text[_pos + 1])))
        {
            return Number();
        }

        var name = Identifier();
        while (Peek('.') && char.IsAsciiLetter(_text[_pos + 1]))
        {
            _pos++;
            name += "." + Identifier();
        }

        switch (name)
        {
            case "null": return null;
            case "true": return true;
            case "false": return false;
        }

        Skip();
        Expect('(');
        var args = new List<object?>();
        Skip();
        if (!Peek(')'))
        {
            do
            {
                args.Add(Additive());
                Skip();
            }
            while (TryConsume(','));
        }

        Expect(')');
        return TemporalFunctions.Invoke(name.ToLowerInvariant(), args.ToArray(), _context);
    }

    private Dictionary<string, object?> MapLiteral()
    {
        Expect('{');
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        Skip();
        if (!Peek('}'))
        {
            do
            {
                Skip();
                var key = Identifier();
                Skip();
                Expect(':');
                map[key] = Additive();
                Skip();
            }
            while (TryConsume(','));
        }

        Expect('}');
        return map;
    }

    private string StringLiteral()
    {
        Expect('\'');
        var end = _text.IndexOf('\'', _pos);
        var value = _text[_pos..end];
        _pos = end + 1;
        return value;
    }

    private object Number()
    {
        var start = _pos;
        if (_text[_pos] == '-')
        {
            _pos++;
        }

        while (_pos < _text.Length && (char.IsAsciiDigit(_text[_pos]) || _text[_pos] == '.' || _text[_pos] == 'e' || _text[_pos] == 'E'))
        {
            _pos++;
        }

        var token = _text[start.._pos];
        return token.Contains('.', StringComparison.Ordinal) || token.Contains('e', StringComparison.OrdinalIgnoreCase)
            ? double.Parse(token, CultureInfo.InvariantCulture)
            : long.Parse(token, CultureInfo.InvariantCulture);
    }

    private string Identifier()
    {
        Skip();
        var start = _pos;
        while (_pos < _text.Length && (char.IsAsciiLetterOrDigit(_text[_pos]) || _text[_pos] == '_'))
        {
            _pos++;
        }

        return _pos > start ? _text[start.._pos] : throw new FormatException($"Expected a name at {start} in '{_text}'.");
    }

    private void Skip()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos]))
        {
            _pos++;
        }
    }

    private bool Peek(char c) => _pos < _text.Length && _text[_pos] == c;

    private bool TryConsume(char c)
    {
        Skip();
        if (Peek(c))
        {
            _pos++;
            return true;
        }

        return false;
    }

    private void Expect(char c)
    {
        Skip();
        if (!Peek(c))
        {
            throw new FormatException($"Expected '{c}' at {_pos} in '{_text}'.");
        }

        _pos++;
    }
}
