using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Chile1973.Graph.Cypher.Store;

/// <summary>
/// The nodes of one byte range of <c>nodes.csv</c>, parsed on their own thread: property arrays, ids and label
/// fields (as text, tokens are handed out later in file order so they do not depend on thread timing).
/// </summary>
internal sealed class BulkNodeRange(int capacity) : BulkCsvRange
{
    private readonly Utf8NameTable _labelFields = new();

    public List<object?[]> Values { get; } = new(capacity);

    public List<string> Ids { get; } = new(capacity);

    /// <summary>Per node, its label field as an index into <see cref="LabelFields"/>.</summary>
    public List<int> LabelSets { get; } = new(capacity);

    /// <summary>The distinct label fields of the range, in order of first appearance.</summary>
    public List<string> LabelFields => _labelFields.Names;

    /// <summary>Per node, its line number counted from the range's start (for duplicate-id messages).</summary>
    public List<int> Lines { get; } = new(capacity);

    public void Parse(SafeFileHandle handle, long start, long end, List<BulkCsvColumn> columns, int keyCount, CancellationToken cancellationToken)
    {
        using var reader = new CsvRangeReader(handle, start, end);
        var splitter = new CsvFieldSplitter();
        var converter = new BulkValueConverter();
        Span<char> chars = stackalloc char[256];
        try
        {
            while (NextLine(reader, splitter, columns.Count, cancellationToken, out var line))
            {
                var values = new object?[keyCount];
                var labels = -1;
                string? id = null;
                var k = 0;
                for (var c = 0; c < columns.Count; c++)
                {
                    var column = columns[c];
                    var field = splitter.Field(line, c);
                    switch (column.Role)
                    {
                        case BulkCsvRole.Label:
                            labels = _labelFields.IndexOf(field, chars);
                            break;
                        case BulkCsvRole.Id:
                            id = Encoding.UTF8.GetString(field);
                            if (column.Name.Length > 0)
                            {
                                values[k++] = id.Length == 0 ? null : id;
                            }

                            break;
                        case BulkCsvRole.Property:
                            values[k++] = converter.Convert(field, column, out _);
                            break;
                        default:
                            break;
                    }
                }

                Values.Add(values);
                Ids.Add(id!);
                LabelSets.Add(labels);
                Lines.Add(reader.LinesRead);
            }
        }
        catch (BulkCsvLineException e)
        {
            Fail(e, reader.LinesRead);
        }

        LinesRead = reader.LinesRead;
    }
}
