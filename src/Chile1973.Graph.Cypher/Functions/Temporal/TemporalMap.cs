namespace Chile1973.Graph.Cypher.Functions.Temporal;

/// <summary>The map argument of a temporal constructor, read with Cypher's rules (keys case-insensitive).</summary>
internal sealed class TemporalMap
{
    private readonly Dictionary<string, object?> _entries;

    public TemporalMap(IReadOnlyDictionary<string, object?> map)
    {
        _entries = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in map)
        {
            _entries[key] = value;
        }
    }

    public int Count => _entries.Count;

    public bool Has(string key) => _entries.ContainsKey(key);

    public bool HasAny(params ReadOnlySpan<string> keys)
    {
        foreach (var key in keys)
        {
            if (_entries.ContainsKey(key))
            {
                return true;
            }
        }

        return false;
    }

    public IEnumerable<string> Keys => _entries.Keys;

    public object? Value(string key) => _entries.TryGetValue(key, out var value) ? value : null;

    /// <summary>An integer field; absent or null is null; a float or other type is an error.</summary>
    public long? Long(string key)
    {
        if (!_entries.TryGetValue(key, out var value) || value is null)
        {
            return null;
        }

        return value switch
        {
            long l => l,
            int i => i,
            double d when d == Math.Floor(d) && Math.Abs(d) < 9e18 => (long)d,
            _ => Fail(key, value),
        };
    }

    /// <summary>An integer field that must fit an int and lie in a range.</summary>
    public int? Int(string key, long min, long max)
    {
        var value = Long(key);
        if (value is { } v && (v < min || v > max))
        {
            TemporalErrors.InvalidArgumentValue($"Invalid value for {key}: {v} (expected {min} to {max}).");
        }

        return value is null ? null : (int)value.Value;
    }

    /// <summary>A numeric field as an exact decimal (durations accept fractions).</summary>
    public decimal? Decimal(string key)
    {
        if (!_entries.TryGetValue(key, out var value) || value is null)
        {
            return null;
        }

        return value switch
        {
            long l => l,
            int i => i,
            double d when double.IsFinite(d) && Math.Abs(d) < 7.9e27 => (decimal)d,
            _ => FailDecimal(key, value),
        };
    }

    public string? String(string key)
    {
        if (!_entries.TryGetValue(key, out var value) || value is null)
        {
            return null;
        }

        if (value is not string s)
        {
            TemporalErrors.InvalidArgumentType($"{key} must be a string, not {CypherValues.TypeName(value)}.");
            return null;
        }

        return s;
    }

    private static long Fail(string key, object value)
    {
        TemporalErrors.InvalidArgumentType($"{key} must be an integer, not {CypherValues.ToLiteral(value)}.");
        return 0;
    }

    private static decimal FailDecimal(string key, object value)
    {
        TemporalErrors.InvalidArgumentType($"{key} must be a number, not {CypherValues.ToLiteral(value)}.");
        return 0;
    }
}
