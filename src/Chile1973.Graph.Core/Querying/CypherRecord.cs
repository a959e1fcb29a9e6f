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
    /// <remarks>
    /// A reader of many rows asks for each column by name on every row: when the names are an array (the embedded
    /// engine's, interned) and the caller's are literals, a pass comparing references finds them without reading a
    /// character.
    /// </remarks>
    public object? this[string key]
    {
        get
        {
            if (Keys is string[] names)
            {
                for (var i = 0; i < names.Length; i++)
                {
                    if (ReferenceEquals(names[i], key))
                    {
                        return values[i];
                    }
                }
            }

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
