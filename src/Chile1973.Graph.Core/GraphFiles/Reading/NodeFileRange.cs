using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Chile1973.Graph.Core.GraphFiles.Reading;

/// <summary>
/// The nodes of one byte range of a node file, parsed on their own thread: ids, label fields (shared strings)
/// and property values in the order of the file's property columns.
/// </summary>
internal sealed class NodeFileRange(int capacity) : FileRange
{
    private readonly Utf8NameTable _labelFields = new();

    public List<object?[]> Values { get; } = new(capacity);

    /// <summary>Per node, its id; empty when the row has none (reported).</summary>
    public List<string> Ids { get; } = new(capacity);

    /// <summary>Per node, its <c>:LABEL</c> field, or null when the file has none or it is empty.</summary>
    public List<string?> Labels { get; } = new(capacity);

    public void Parse(SafeFileHandle handle, long start, long end, GraphFileLayout layout, CancellationToken cancellationToken)
    {
        using var reader = new CsvRangeReader(handle, start, end);
        var splitter = new CsvFieldSplitter();
        var converter = new CellConverter();
        Span<char> chars = stackalloc char[256];
        while (NextLine(reader, splitter, layout.Width, cancellationToken, out var line))
        {
            var row = Ids.Count;
            var values = new object?[layout.PropertyColumns.Count];
            string? label = null;
            var id = string.Empty;
            for (var c = 0; c < layout.Width; c++)
            {
                if (layout.Columns[c] is not { } column)
                {
                    continue;
                }

                var field = splitter.Field(line, c);
                switch (column.Role)
                {
                    case ColumnRole.Label:
                        label = field.IsEmpty ? null : _labelFields.Names[_labelFields.IndexOf(field, chars)];
                        break;
                    case ColumnRole.Id:
                        id = Encoding.UTF8.GetString(field);
                        if (id.Length == 0)
                        {
                            ReportRow(row, reader.LinesRead, column.Header, "missing required value");
                        }

                        values[layout.ValueSlot(c)] = id.Length == 0 ? null : id;
                        break;
                    default:
                        values[layout.ValueSlot(c)] = Convert(field, column, converter, row, reader.LinesRead);
                        break;
                }
            }

            Values.Add(values);
            Ids.Add(id);
            Labels.Add(label);
            Lines.Add(reader.LinesRead);
        }

        LinesRead = reader.LinesRead;
    }

    private object? Convert(ReadOnlySpan<byte> field, CsvColumn column, CellConverter converter, int row, int line)
    {
        if (field.IsEmpty)
        {
            return null;
        }

        try
        {
            return converter.Convert(field, column, out _);
        }
        catch (CsvLineException e)
        {
            ReportRow(row, line, e.Field, e.Message);
            return null;
        }
    }
}
