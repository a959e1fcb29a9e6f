using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Chile1973.Graph.Cypher.Store;

/// <summary>
/// The relationships of one byte range of <c>relationships.csv</c>, parsed on their own thread against the
/// finished id map: endpoints as node ids, types as indexes into the range's own type names, property arrays.
/// </summary>
internal sealed class BulkRelationshipRange(int capacity) : BulkCsvRange
{
    private readonly Utf8NameTable _typeNames = new();

    public List<int> Starts { get; } = new(capacity);

    public List<int> Ends { get; } = new(capacity);

    /// <summary>Per relationship, its type as an index into <see cref="TypeNames"/>.</summary>
    public List<int> Types { get; } = new(capacity);

    public List<object?[]> Values { get; } = new(capacity);

    /// <summary>The distinct type names of the range, in order of first appearance.</summary>
    public List<string> TypeNames => _typeNames.Names;

    public void Parse(
        SafeFileHandle handle,
        long start,
        long end,
        List<BulkCsvColumn> columns,
        (int Start, int End, int Type) at,
        NodeIdMap ids,
        int keyCount,
        CancellationToken cancellationToken)
    {
        using var reader = new CsvRangeReader(handle, start, end);
        var splitter = new CsvFieldSplitter();
        var converter = new BulkValueConverter();
        var row = new object?[keyCount];
        var batch = new EndpointBatch(ids);
        Span<char> chars = stackalloc char[256];
        try
        {
            while (NextLine(reader, splitter, columns.Count, cancellationToken, out var line))
            {
                batch.Add(splitter.Field(line, at.Start), splitter.Field(line, at.End), reader.LinesRead);
                var type = splitter.Field(line, at.Type);
                if (type.IsEmpty)
                {
                    throw new BulkCsvLineException(":TYPE: empty relationship type.");
                }

                var values = keyCount == 0 ? [] : row;
                var shared = true;
                var k = 0;
                for (var c = 0; c < columns.Count; c++)
                {
                    if (columns[c].Role == BulkCsvRole.Property)
                    {
                        values[k++] = converter.Convert(splitter.Field(line, c), columns[c], out var same);
                        shared &= same;
                    }
                }

                Starts.Add(-1);
                Ends.Add(-1);
                Types.Add(_typeNames.IndexOf(type, chars));
                Values.Add(keyCount == 0 ? values : shared ? converter.Share(row) : (object?[])row.Clone());
                if (batch.IsFull)
                {
                    Resolve(batch);
                }
            }

            Resolve(batch);
        }
        catch (BulkCsvLineException e)
        {
            // Lines before this one may still wait for their endpoints, and an unknown id there comes first.
            try
            {
                batch.Resolve([], []);
                Fail(e, e.Line ?? reader.LinesRead);
            }
            catch (BulkCsvLineException earlier)
            {
                Fail(earlier, earlier.Line ?? reader.LinesRead);
            }
        }

        LinesRead = reader.LinesRead;
    }

    private void Resolve(EndpointBatch batch)
    {
        var count = batch.Count;
        batch.Resolve(CollectionsMarshal.AsSpan(Starts)[^count..], CollectionsMarshal.AsSpan(Ends)[^count..]);
    }
}
