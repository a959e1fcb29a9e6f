using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Chile1973.Graph.Core.GraphFiles.Reading;

/// <summary>
/// Turns CSV fields (UTF-8 bytes) into property values by their column's declared type, one instance per
/// range being parsed. Short strings are interned and rows made only of interned values share one array, so the
/// millions of repeated years and codes of a large file cost one object each; property arrays are replaced,
/// never changed in place, so sharing them is safe.
/// </summary>
internal sealed class CellConverter
{
    private const int InternedBytes = 8;
    private const int SharedRowLimit = 1 << 14;
    private static readonly object True = true;
    private static readonly object False = false;

    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _stringLookup;
    private readonly Dictionary<object?[], object?[]> _rows = new(RowComparer.Instance);

    public CellConverter() => _stringLookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The value of a non-empty field: a string, long, double or bool, or a read-only list of them for an array
    /// column; <paramref name="shared"/> says whether equal fields give the same object.
    /// </summary>
    /// <exception cref="CsvLineException">The field is not of the column's type.</exception>
    public object Convert(ReadOnlySpan<byte> text, CsvColumn column, out bool shared)
    {
        shared = true;
        if (!column.IsArray)
        {
            return Scalar(text, column, ref shared);
        }

        shared = false;
        var items = new List<object?>();
        foreach (var range in text.Split((byte)CsvColumn.ArrayDelimiter))
        {
            var element = text[range];
            if (element.IsEmpty)
            {
                throw new CsvLineException(column.Header, $"element {items.Count + 1} of '{Encoding.UTF8.GetString(text)}' is empty");
            }

            try
            {
                items.Add(Scalar(element, column, ref shared));
            }
            catch (CsvLineException e)
            {
                throw new CsvLineException(column.Header, $"element {items.Count + 1}: {e.Message}");
            }
        }

        shared = false;
        return items.AsReadOnly();
    }

    private object Scalar(ReadOnlySpan<byte> text, CsvColumn column, ref bool shared)
    {
        switch (column.Type)
        {
            case PropertyType.Integer:
                shared = false;
                return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)
                    ? l
                    : throw new CsvLineException(column.Header, $"'{Encoding.UTF8.GetString(text)}' is not an integer");
            case PropertyType.Float:
                shared = false;
                return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d)
                    ? d
                    : throw new CsvLineException(column.Header, $"'{Encoding.UTF8.GetString(text)}' is not a number (use . for decimals)");
            case PropertyType.Boolean:
                return bool.TryParse(Encoding.UTF8.GetString(text), out var flag)
                    ? flag ? True : False
                    : throw new CsvLineException(column.Header, $"'{Encoding.UTF8.GetString(text)}' is not a boolean: expected true or false");
            default:
                if (text.Length <= InternedBytes)
                {
                    return Intern(text);
                }

                shared = false;
                return Encoding.UTF8.GetString(text);
        }
    }

    /// <summary>One string per distinct short text.</summary>
    public string Intern(ReadOnlySpan<byte> text)
    {
        Span<char> chars = stackalloc char[InternedBytes];
        var length = Encoding.UTF8.GetChars(text, chars);
        if (!_stringLookup.TryGetValue(chars[..length], out var interned))
        {
            interned = new string(chars[..length]);
            _strings.Add(interned, interned);
        }

        return interned;
    }

    /// <summary>An array equal to <paramref name="row"/>, shared with earlier equal rows; <paramref name="row"/> itself is reused by the caller.</summary>
    public object?[] Share(object?[] row)
    {
        if (_rows.TryGetValue(row, out var shared))
        {
            return shared;
        }

        var copy = (object?[])row.Clone();
        if (_rows.Count < SharedRowLimit)
        {
            _rows.Add(copy, copy);
        }

        return copy;
    }

    // Rows of interned values: equal exactly when their elements are the same objects.
    private sealed class RowComparer : IEqualityComparer<object?[]>
    {
        public static readonly RowComparer Instance = new();

        public bool Equals(object?[]? x, object?[]? y)
        {
            if (x is null || y is null || x.Length != y.Length)
            {
                return ReferenceEquals(x, y);
            }

            for (var i = 0; i < x.Length; i++)
            {
                if (!ReferenceEquals(x[i], y[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public int GetHashCode(object?[] obj)
        {
            var hash = new HashCode();
            foreach (var value in obj)
            {
                hash.Add(value is null ? 0 : RuntimeHelpers.GetHashCode(value));
            }

            return hash.ToHashCode();
        }
    }
}
