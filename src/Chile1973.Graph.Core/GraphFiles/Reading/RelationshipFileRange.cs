using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Chile1973.Graph.Core.GraphFiles.Reading;

/// <summary>
/// The relationships of one byte range of a relationship file, parsed on their own thread against the finished
/// id map: endpoints as node ordinals (-1 for an unknown id, reported), types (shared strings), property values.
/// </summary>
internal sealed class RelationshipFileRange(int capacity) : FileRange
{
    private readonly Utf8NameTable _typeNames = new();

    public List<int> Starts { get; } = new(capacity);

    public List<int> Ends { get; } = new(capacity);

    public List<string> Types { get; } = new(capacity);

    public List<object?[]> Values { get; } = new(capacity);

    public void Parse(SafeFileHandle handle, long start, long end, GraphFileLayout layout, NodeIdMap ids, CancellationToken cancellationToken)
    {
        using var reader = new CsvRangeReader(handle, start, end);
        var splitter = new CsvFieldSplitter();
        var converter = new CellConverter();
        var keyCount = layout.PropertyColumns.Count;
        var row = new object?[keyCount];
        var batch = new EndpointBatch(ids);
        var (startAt, endAt, typeAt) = (layout.IndexOf(ColumnRole.StartId)!.Value, layout.IndexOf(ColumnRole.EndId)!.Value, layout.IndexOf(ColumnRole.Type)!.Value);
        Span<char> chars = stackalloc char[256];
        while (NextLine(reader, splitter, layout.Width, cancellationToken, out var line))
        {
            var index = Types.Count;
            batch.Add(splitter.Field(line, startAt), splitter.Field(line, endAt));
            var type = splitter.Field(line, typeAt);
            if (type.IsEmpty)
            {
                ReportRow(index, reader.LinesRead, layout.Columns[typeAt]!.Header, "missing required value");
            }

            var values = keyCount == 0 ? [] : row;
            var shared = true;
            for (var k = 0; k < keyCount; k++)
            {
                var c = layout.PropertyColumns[k];
                var field = splitter.Field(line, c);
                values[k] = null;
                if (field.IsEmpty)
                {
                    continue;
                }

                try
                {
                    values[k] = converter.Convert(field, layout.Columns[c]!, out var same);
                    shared &= same;
                }
                catch (CsvLineException e)
                {
                    ReportRow(index, reader.LinesRead, e.Field, e.Message);
                }
            }

            Starts.Add(-1);
            Ends.Add(-1);
            Types.Add(type.IsEmpty ? string.Empty : _typeNames.Names[_typeNames.IndexOf(type, chars)]);
            Values.Add(keyCount == 0 ? values : shared ? converter.Share(row) : (object?[])row.Clone());
            Lines.Add(reader.LinesRead);
            if (batch.IsFull)
            {
                Resolve(batch, layout);
            }
        }

        Resolve(batch, layout);
        LinesRead = reader.LinesRead;
    }

    private void Resolve(EndpointBatch batch, GraphFileLayout layout)
    {
        var count = batch.Count;
        var first = Starts.Count - count;
        batch.Resolve(CollectionsMarshal.AsSpan(Starts)[^count..], CollectionsMarshal.AsSpan(Ends)[^count..], (at, role, id) =>
        {
            var column = layout.Columns[layout.IndexOf(role == ":START_ID" ? ColumnRole.StartId : ColumnRole.EndId)!.Value]!.Header;
            ReportRow(first + at, Lines[first + at], column, id.Length == 0 ? "missing required value" : $"no node has id '{id}'");
        });
    }
}
