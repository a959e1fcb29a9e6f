using Chile1973.Graph.Core.Values;

namespace Chile1973.Graph.Core.Querying;

/// <summary>One result row: values by column, each a Cypher value (see <see cref="CypherValues"/>).</summary>
public sealed class CypherRecord(IReadOnlyList<string> keys, object?[] values)
{
    /// <summary>The column names.</summary>
    public IReadOnlyList<string> Keys { get; } = keys;

    /// <summary>The values, in column order.</summary>
    public IReadOnlyList<object?> Values => values;

    /// <summary>The value in a column by position.</summary>
    public object? this[int index] => values[index];

    /// <summary>The value in a column by name.</summary>
    public object? this[string key]
    {
        get
        {
            for (var i = 0; i < Keys.Count; i++)
            {
                if (string.Equals(Keys[i], key, StringComparison.Ordinal))
                {
                    return values[i];
                }
            }

            throw new KeyNotFoundException($"The record has no column '{key}'; it has {string.Join(", ", Keys)}.");
        }
    }

    /// <summary>The value in a column, as the type the caller expects.</summary>
    public T Get<T>(string key) => this[key] is T value ? value : throw new InvalidCastException(
        $"Column '{key}' holds {CypherValues.TypeName(this[key])}, not {typeof(T).Name}.");
}
