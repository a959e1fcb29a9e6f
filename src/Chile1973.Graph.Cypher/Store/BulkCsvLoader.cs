using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Chile1973.Graph.Cypher.Store;

/// <summary>
/// Loads <c>nodes.csv</c> and <c>relationships.csv</c> in the <c>neo4j-admin database import</c> header
/// format (<c>id:ID,name,:LABEL,start</c> and <c>:START_ID,:END_ID,:TYPE,since</c>; typed columns such as
/// <c>votes:int</c>; untyped columns are strings, as neo4j-admin reads them). Provenance is not required.
/// All or nothing: the first bad line throws with its file, line and field, and no store is returned.
/// </summary>
/// <remarks>
/// Each file is cut into byte ranges at line breaks and the ranges are parsed in parallel straight from pooled
/// byte buffers; their results are then appended in file order, so ids, tokens and error messages are the same
/// as for a reading from start to end.
/// </remarks>
public static class BulkCsvLoader
{
    // Below this many bytes per range, threads cost more than they save.
    private const long MinRangeBytes = 4 << 20;

    private static readonly int[] NoLabels = [];

    /// <summary>Loads <c>nodes.csv</c> and <c>relationships.csv</c> from a directory.</summary>
    public static GraphStore Load(string directory, CancellationToken cancellationToken = default)
    {
        var store = new GraphStore();
        var ids = LoadNodes(store, Path.Combine(directory, "nodes.csv"), cancellationToken);
        LoadRelationships(store, Path.Combine(directory, "relationships.csv"), ids, cancellationToken);
        store.FinishBulk();
        return store;
    }

    private static NodeIdMap LoadNodes(GraphStore store, string path, CancellationToken cancellationToken)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
        var (columns, bodyStart) = ReadHeader(handle, path);
        var idColumn = columns.FindIndex(c => c.Role == BulkCsvRole.Id);
        if (idColumn < 0)
        {
            throw new InvalidDataException($"{path}:1: header: no ':ID' column.");
        }

        var keys = store.Shared([.. columns.Where(c => c.Role is BulkCsvRole.Property or BulkCsvRole.Id && c.Name.Length > 0)
            .Select(c => store.PropertyKeys.GetOrAdd(c.Name))]);
        var ranges = Split(handle, bodyStart);
        var parts = new BulkNodeRange[ranges.Length];
        ParseAll(ranges, i =>
        {
            parts[i] = new BulkNodeRange(Capacity(ranges[i], 40));
            parts[i].Parse(handle, ranges[i].Start, ranges[i].End, columns, keys.Length, cancellationToken);
            return parts[i];
        }, cancellationToken);

        var total = parts.Sum(static p => p?.Values.Count ?? 0);
        store.ReserveNodes(total);
        var ids = new NodeIdMap(total);
        var bytes = new byte[256];
        var labelSets = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var lineOffset = 1;
        foreach (var part in parts)
        {
            var labels = part.LabelFields.Select(field => LabelSet(store, labelSets, field)).ToArray();
            for (var i = 0; i < part.Values.Count; i++)
            {
                var set = part.LabelSets[i];
                var node = store.AppendNode(set < 0 ? NoLabels : labels[set], keys, part.Values[i]);
                var id = part.Ids[i];
                if (Encoding.UTF8.GetMaxByteCount(id.Length) > bytes.Length)
                {
                    bytes = new byte[Encoding.UTF8.GetMaxByteCount(id.Length)];
                }

                if (!ids.TryAdd(bytes.AsSpan(0, Encoding.UTF8.GetBytes(id, bytes)), node))
                {
                    throw new InvalidDataException($"{path}:{lineOffset + part.Lines[i]}: {columns[idColumn].Header}: duplicate id '{part.Ids[i]}'.");
                }
            }

            ThrowIfFailed(part, path, lineOffset);
            lineOffset += part.LinesRead;
        }

        return ids;
    }

    private static void LoadRelationships(GraphStore store, string path, NodeIdMap ids, CancellationToken cancellationToken)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
        var (columns, bodyStart) = ReadHeader(handle, path);
        var at = (
            BulkCsvColumn.Required(columns, BulkCsvRole.StartId, path),
            BulkCsvColumn.Required(columns, BulkCsvRole.EndId, path),
            BulkCsvColumn.Required(columns, BulkCsvRole.Type, path));
        var keys = store.Shared([.. columns.Where(c => c.Role == BulkCsvRole.Property).Select(c => store.PropertyKeys.GetOrAdd(c.Name))]);
        var ranges = Split(handle, bodyStart);
        var parts = new BulkRelationshipRange[ranges.Length];
        ParseAll(ranges, i =>
        {
            parts[i] = new BulkRelationshipRange(Capacity(ranges[i], 28));
            parts[i].Parse(handle, ranges[i].Start, ranges[i].End, columns, at, ids, keys.Length, cancellationToken);
            return parts[i];
        }, cancellationToken);

        var lineOffset = 1;
        foreach (var part in parts)
        {
            ThrowIfFailed(part, path, lineOffset);
            lineOffset += part.LinesRead;
        }

        store.ReserveRelationships(parts.Sum(static p => p.Starts.Count));
        foreach (var part in parts)
        {
            var tokens = part.TypeNames.Select(store.RelationshipTypes.GetOrAdd).ToArray();
            var types = CollectionsMarshal.AsSpan(part.Types);
            for (var i = 0; i < types.Length; i++)
            {
                types[i] = tokens[types[i]];
            }

            store.AppendRelationships(CollectionsMarshal.AsSpan(part.Starts), CollectionsMarshal.AsSpan(part.Ends), types, keys, CollectionsMarshal.AsSpan(part.Values));
        }
    }

    private static int[] LabelSet(GraphStore store, Dictionary<string, int[]> known, string field)
    {
        if (!known.TryGetValue(field, out var labels))
        {
            var tokens = field.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(store.Labels.GetOrAdd).Distinct().Order().ToArray();
            labels = store.Shared(tokens);
            known[field] = labels;
        }

        return labels;
    }

    /// <summary>
    /// Parses every range, at most one per processor at a time. A failed range stops the ranges after it (they
    /// stay null): merging in order meets the failure first.
    /// </summary>
    private static void ParseAll<T>((long Start, long End)[] ranges, Func<int, T> parse, CancellationToken cancellationToken)
        where T : BulkCsvRange
    {
        var firstFailed = int.MaxValue;
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        try
        {
            Parallel.For(0, ranges.Length, options, i =>
            {
                if (i > Volatile.Read(ref firstFailed))
                {
                    return;
                }

                if (parse(i).Error is not null)
                {
                    InterlockedMin(ref firstFailed, i);
                }
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
    }

    private static void InterlockedMin(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value < current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }

    private static void ThrowIfFailed(BulkCsvRange part, string path, int lineOffset)
    {
        if (part.Error is { } error)
        {
            throw new InvalidDataException($"{path}:{lineOffset + part.ErrorLine}: {error.Message}");
        }
    }

    private static (List<BulkCsvColumn> Columns, long BodyStart) ReadHeader(SafeFileHandle handle, string path)
    {
        var length = RandomAccess.GetLength(handle);
        if (length == 0)
        {
            throw new InvalidDataException($"{path}:1: header: the file is empty.");
        }

        var end = CsvRangeReader.LineEndAfter(handle, 0, length);
        var bytes = new byte[end];
        var read = RandomAccess.Read(handle, bytes, 0);
        ReadOnlySpan<byte> header = bytes.AsSpan(0, read);
        if (header.StartsWith("\uFEFF"u8))
        {
            header = header[3..];
        }

        if (header.Length > 0 && header[^1] == (byte)'\n')
        {
            header = header[..^1];
        }

        if (header.Length > 0 && header[^1] == (byte)'\r')
        {
            header = header[..^1];
        }

        return (BulkCsvColumn.ParseHeader(header, path), end);
    }

    /// <summary>Cuts the body of a file into ranges of whole lines, about one per processor and never tiny.</summary>
    private static (long Start, long End)[] Split(SafeFileHandle handle, long bodyStart)
    {
        var length = RandomAccess.GetLength(handle);
        var count = (int)Math.Clamp((length - bodyStart) / MinRangeBytes, 1, 2 * Environment.ProcessorCount);
        var ranges = new (long Start, long End)[count];
        var start = bodyStart;
        for (var i = 0; i < count; i++)
        {
            var end = i == count - 1 ? length : CsvRangeReader.LineEndAfter(handle, Math.Max(start, bodyStart + ((length - bodyStart) * (i + 1) / count) - 1), length);
            ranges[i] = (start, end);
            start = end;
        }

        return ranges;
    }

    private static int Capacity((long Start, long End) range, int bytesPerLine) =>
        (int)Math.Min(int.MaxValue / 2, (range.End - range.Start) / bytesPerLine + 16);
}
