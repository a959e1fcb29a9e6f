using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Chile1973.Graph.Core.GraphFiles.Reading;

/// <summary>
/// Splits one CSV line of UTF-8 bytes into fields without allocating: a plain field is a slice of the line,
/// a quoted one (RFC 4180, <c>""</c> for a quote) is unescaped into a reused scratch buffer. A field may not
/// span lines, so every record and every error has one line. Own code rather than Sep: the ranges of one file
/// are parsed on several threads straight from pooled byte buffers, which reads a file faster than Sep's one
/// stream (benchmarks/README.md), and each error names its field and column. A line must be UTF-8 text without
/// NUL bytes: decoding would otherwise turn bad bytes into U+FFFD and keep a NUL, and the graph would hold names
/// nobody wrote without a word about it.
/// </summary>
internal sealed class CsvFieldSplitter
{
    private Slice[] _fields = new Slice[16];
    private byte[] _scratch = new byte[256];
    private int _scratchLength;

    /// <summary>The number of fields of the last line split.</summary>
    public int Count { get; private set; }

    /// <summary>Splits a line (without its line break); a bad quote, or bytes that are not text, throw <see cref="CsvLineException"/>.</summary>
    public void Split(ReadOnlySpan<byte> line)
    {
        Count = 0;
        _scratchLength = 0;
        if (line.Contains((byte)0) || !Utf8.IsValid(line))
        {
            throw NotText(line);
        }

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

    // Only on the error path: where the first bad byte is, and in which field.
    private static CsvLineException NotText(ReadOnlySpan<byte> line)
    {
        var invalid = 0;
        while (invalid < line.Length && Rune.DecodeFromUtf8(line[invalid..], out _, out var consumed) == OperationStatus.Done)
        {
            invalid += consumed;
        }

        var nul = line.IndexOf((byte)0);
        var at = nul >= 0 && nul < invalid ? nul : invalid;
        var where = $"field {FieldAt(line, at)} (column {Column(line, at)})";
        return Error(at == nul
            ? $"NUL byte in {where}; graph files are UTF-8 text without NUL bytes (was the file saved as UTF-16?)"
            : $"bytes that are not UTF-8 in {where}; save the file as UTF-8");
    }

    // The 1-based field holding the byte at offset: commas outside quotes before it, plus one.
    private static int FieldAt(ReadOnlySpan<byte> line, int offset)
    {
        var field = 1;
        var quoted = false;
        foreach (var b in line[..offset])
        {
            if (b == (byte)'"')
            {
                quoted = !quoted;
            }
            else if (b == (byte)',' && !quoted)
            {
                field++;
            }
        }

        return field;
    }

    // The 1-based position in characters, as an editor shows it, of the byte at offset.
    private static int Column(ReadOnlySpan<byte> line, int offset) => Encoding.UTF8.GetCharCount(line[..offset]) + 1;

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
