namespace Chile1973.Graph.Core.GraphFiles.Reading;

/// <summary>
/// Splits one CSV line of UTF-8 bytes into fields without allocating: a plain field is a slice of the line,
/// a quoted one (RFC 4180, <c>""</c> for a quote) is unescaped into a reused scratch buffer. A field may not
/// span lines, so every record and every error has one line. Own code rather than Sep: the ranges of one file
/// are parsed on several threads straight from pooled byte buffers, which reads a file faster than Sep's one
/// stream (benchmarks/README.md), and each error names its field and column.
/// </summary>
internal sealed class CsvFieldSplitter
{
    private Slice[] _fields = new Slice[16];
    private byte[] _scratch = new byte[256];
    private int _scratchLength;

    /// <summary>The number of fields of the last line split.</summary>
    public int Count { get; private set; }

    /// <summary>Splits a line (without its line break); a bad quote throws <see cref="CsvLineException"/>.</summary>
    public void Split(ReadOnlySpan<byte> line)
    {
        Count = 0;
        _scratchLength = 0;
        if (line.IndexOf((byte)'"') < 0)
        {
            // Most lines quote nothing: their fields are the slices between commas.
            var start = 0;
            for (var comma = line.IndexOf((byte)','); comma >= 0; comma = line[start..].IndexOf((byte)','))
            {
                Add(new Slice(start, comma, Unescaped: false));
                start += comma + 1;
            }

            Add(new Slice(start, line.Length - start, Unescaped: false));
            return;
        }

        var i = 0;
        while (true)
        {
            if (i < line.Length && line[i] == (byte)'"')
            {
                var start = _scratchLength;
                var opening = i;
                i++;
                while (true)
                {
                    var quote = line[i..].IndexOf((byte)'"');
                    if (quote < 0)
                    {
                        throw Error($"unclosed quote in field {Count + 1} (column {Column(line, opening)}); a field may not span lines");
                    }

                    Append(line.Slice(i, quote));
                    i += quote;
                    if (i + 1 < line.Length && line[i + 1] == (byte)'"')
                    {
                        Append("\""u8);
                        i += 2;
                        continue;
                    }

                    i++;
                    break;
                }

                Add(new Slice(start, _scratchLength - start, Unescaped: true));
            }
            else
            {
                var comma = line[i..].IndexOf((byte)',');
                var length = comma < 0 ? line.Length - i : comma;
                var stray = line.Slice(i, length).IndexOf((byte)'"');
                if (stray >= 0)
                {
                    throw Error($"quote inside unquoted field {Count + 1} (column {Column(line, i + stray)}); wrap the field in quotes and double the quote");
                }

                Add(new Slice(i, length, Unescaped: false));
                i += length;
            }

            if (i >= line.Length)
            {
                return;
            }

            if (line[i] != (byte)',')
            {
                throw Error($"unexpected '{(char)line[i]}' after the closing quote of field {Count} (column {Column(line, i)})");
            }

            i++;
            if (i == line.Length)
            {
                Add(new Slice(i, 0, Unescaped: false));
                return;
            }
        }
    }

    /// <summary>The bytes of field <paramref name="index"/> of <paramref name="line"/>, the line last split.</summary>
    public ReadOnlySpan<byte> Field(ReadOnlySpan<byte> line, int index)
    {
        var field = _fields[index];
        return field.Unescaped ? _scratch.AsSpan(field.Start, field.Length) : line.Slice(field.Start, field.Length);
    }

    private static CsvLineException Error(string message) => new("record", message);

    // The 1-based position in characters, as an editor shows it, of the byte at offset.
    private static int Column(ReadOnlySpan<byte> line, int offset) => System.Text.Encoding.UTF8.GetCharCount(line[..offset]) + 1;

    private void Add(Slice field)
    {
        if (Count == _fields.Length)
        {
            Array.Resize(ref _fields, Count * 2);
        }

        _fields[Count++] = field;
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        if (_scratchLength + bytes.Length > _scratch.Length)
        {
            Array.Resize(ref _scratch, Math.Max(_scratch.Length * 2, _scratchLength + bytes.Length));
        }

        bytes.CopyTo(_scratch.AsSpan(_scratchLength));
        _scratchLength += bytes.Length;
    }

    private readonly record struct Slice(int Start, int Length, bool Unescaped);
}
