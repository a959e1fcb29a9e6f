using System.Text;

namespace Chile1973.Graph.Core.GraphFiles.Reading;

/// <summary>
/// The distinct names a range of a CSV file uses (label fields, relationship types), numbered in order of first
/// appearance and found from the field's UTF-8 bytes without a string per field once a name is known.
/// </summary>
internal sealed class Utf8NameTable
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public Utf8NameTable() => _lookup = _index.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The names, in order of first appearance: a name's number is its position here.</summary>
    public List<string> Names { get; } = [];

    /// <summary>The number of the name in <paramref name="field"/>, adding it when new; <paramref name="chars"/> is scratch space.</summary>
    public int IndexOf(ReadOnlySpan<byte> field, Span<char> chars)
    {
        if (field.Length <= chars.Length)
        {
            var length = Encoding.UTF8.GetChars(field, chars);
            if (_lookup.TryGetValue(chars[..length], out var known))
            {
                return known;
            }
        }

        var name = Encoding.UTF8.GetString(field);
        if (!_index.TryGetValue(name, out var index))
        {
            index = Names.Count;
            Names.Add(name);
            _index.Add(name, index);
        }

        return index;
    }
}
