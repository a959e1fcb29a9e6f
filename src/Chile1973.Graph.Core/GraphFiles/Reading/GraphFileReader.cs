using System.Runtime.ExceptionServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Chile1973.Graph.Core.GraphFiles.Reading;

/// <summary>
/// Reads a graph directory in the <c>neo4j-admin database import</c> format (see <c>graph/README.md</c>):
/// <c>nodes/*.csv</c> and <c>relationships/*.csv</c>, or one <c>nodes.csv</c> and one <c>relationships.csv</c>.
/// Every file is cut into byte ranges at line breaks and the ranges of all files are parsed in parallel from
/// pooled byte buffers; their rows are then joined in file order, so ordinals, messages and their order are
/// those of a reading from start to end. Every problem is collected, none stops the reading.
/// </summary>
public static class GraphFileReader
{
    /// <summary>The folder of node files inside the graph directory.</summary>
    public const string NodesFolder = "nodes";

    /// <summary>The folder of relationship files inside the graph directory.</summary>
    public const string RelationshipsFolder = "relationships";

    // Below this many bytes per range, threads cost more than they save.
    private const long MinRangeBytes = 4 << 20;

    /// <summary>
    /// Reads every file of <paramref name="graphDirectory"/>, reporting progress after each file;
    /// <paramref name="columnRule"/>, when given, may refuse header columns (saying why).
    /// </summary>
    public static GraphFileSet Read(
        string graphDirectory,
        IProgress<GraphFileProgress>? progress = null,
        Func<CsvColumn, GraphFileKind, string?>? columnRule = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graphDirectory);
        var graphPath = Path.TrimEndingDirectorySeparator(Path.GetFullPath(graphDirectory));
        var root = Path.GetDirectoryName(graphPath) ?? graphPath;
        var problems = new List<GraphProblem>();
        var nodeFiles = Find(graphPath, root, NodesFolder, problems);
        var relationshipFiles = Find(graphPath, root, RelationshipsFolder, problems);
        var total = nodeFiles.Count + relationshipFiles.Count;
        var done = 0;

        var nodeParts = Parse(nodeFiles, GraphFileKind.Nodes, columnRule, problems, (handle, layout, range) =>
        {
            var part = new NodeFileRange(Capacity(range, 40));
            part.Parse(handle, range.Start, range.End, layout, cancellationToken);
            return part;
        }, cancellationToken);
        var nodeCount = nodeParts.Sum(static f => f.Ranges.Sum(static r => r.RowCount));
        var ids = new NodeIdMap(nodeCount);
        var nodeTables = new List<NodeTable>(nodeParts.Count);
        var ordinal = 0;
        var bytes = new byte[256];
        foreach (var file in nodeParts)
        {
            var flawed = Join(file, problems);
            var table = new NodeTable(file.Name, file.Layout, ordinal, file.Ranges, flawed);
            var idColumn = file.Layout.IndexOf(ColumnRole.Id) is { } at ? file.Layout.Columns[at]!.Header : "id:ID";
            for (var row = 0; row < table.RowCount; row++, ordinal++)
            {
                var id = table.Ids[row];
                if (id.Length == 0)
                {
                    continue;
                }

                if (Encoding.UTF8.GetMaxByteCount(id.Length) > bytes.Length)
                {
                    bytes = new byte[Encoding.UTF8.GetMaxByteCount(id.Length)];
                }

                var key = bytes.AsSpan(0, Encoding.UTF8.GetBytes(id, bytes));
                if (!ids.TryAdd(key, ordinal))
                {
                    var first = ids.Find(key);
                    var (firstFile, firstRow) = first >= table.FirstNode ? (table, first - table.FirstNode) : GraphFileSet.Find(nodeTables, first);
                    var where = firstFile.Location(firstRow);
                    problems.Add(new GraphProblem(file.Name, table.Lines[row], idColumn, $"duplicate node id '{id}', first defined at {where}"));
                    flawed.Add(row);
                }
            }

            nodeTables.Add(table);
            progress?.Report(new GraphFileProgress(file.Name, ++done, total));
        }

        var relationshipParts = Parse(relationshipFiles, GraphFileKind.Relationships, columnRule, problems, (handle, layout, range) =>
        {
            var part = new RelationshipFileRange(Capacity(range, 28));
            part.Parse(handle, range.Start, range.End, layout, ids, cancellationToken);
            return part;
        }, cancellationToken);
        var relationshipTables = new List<RelationshipTable>(relationshipParts.Count);
        foreach (var file in relationshipParts)
        {
            var flawed = Join(file, problems);
            relationshipTables.Add(new RelationshipTable(file.Name, file.Layout, file.Ranges, flawed));
            progress?.Report(new GraphFileProgress(file.Name, ++done, total));
        }

        var ordered = problems.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line).ToList();
        return new GraphFileSet(nodeTables, relationshipTables, ordered);
    }

    private static List<(string Path, string Name)> Find(string graphPath, string root, string folder, List<GraphProblem> problems)
    {
        var directory = Path.Combine(graphPath, folder);
        if (Directory.Exists(directory))
        {
            return [.. Directory.EnumerateFiles(directory, "*.csv").Order(StringComparer.Ordinal).Select(path => (path, Relative(root, path)))];
        }

        // A generated graph: one file of each kind beside each other.
        var single = directory + ".csv";
        if (File.Exists(single))
        {
            return [(single, Relative(root, single))];
        }

        problems.Add(new GraphProblem(Relative(root, directory), 0, "file", $"directory not found: the graph directory needs {NodesFolder}/ and {RelationshipsFolder}/"));
        return [];
    }

    /// <summary>
    /// Parses every file's header, then every range of every file, at most one per processor at a time.
    /// </summary>
    private static List<FileParts<T>> Parse<T>(
        List<(string Path, string Name)> files,
        GraphFileKind kind,
        Func<CsvColumn, GraphFileKind, string?>? rule,
        List<GraphProblem> problems,
        Func<SafeFileHandle, GraphFileLayout, (long Start, long End), T> parse,
        CancellationToken cancellationToken)
        where T : FileRange
    {
        var parts = new List<FileParts<T>>(files.Count);
        var work = new List<(FileParts<T> File, int Range)>();
        try
        {
            foreach (var (path, name) in files)
            {
                var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
                var (layout, bodyStart) = ReadHeader(handle, name, kind, rule, problems);
                var ranges = layout.IsUsable ? Split(handle, bodyStart) : [];
                var file = new FileParts<T>(name, handle, layout, ranges, new T[ranges.Length]);
                parts.Add(file);
                work.AddRange(Enumerable.Range(0, ranges.Length).Select(i => (file, i)));
            }

            var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
            try
            {
                Parallel.ForEach(work, options, item =>
                    item.File.Ranges[item.Range] = parse(item.File.Handle, item.File.Layout, item.File.Bounds[item.Range]));
            }
            catch (AggregateException e) when (e.InnerExceptions.Count == 1)
            {
                ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            }
        }
        finally
        {
            foreach (var file in parts)
            {
                file.Handle.Dispose();
            }
        }

        return parts;
    }

    /// <summary>
    /// Counts the ranges' lines from the file's start (in place) and returns the file's flawed rows; the ranges'
    /// problems join <paramref name="problems"/>.
    /// </summary>
    private static HashSet<int> Join<T>(FileParts<T> file, List<GraphProblem> problems)
        where T : FileRange
    {
        var flawed = new HashSet<int>();
        var lineOffset = 1;
        var rowOffset = 0;
        foreach (var range in file.Ranges)
        {
            var lines = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(range.Lines);
            for (var i = 0; i < lines.Length; i++)
            {
                lines[i] += lineOffset;
            }

            foreach (var row in range.FlawedRows)
            {
                flawed.Add(rowOffset + row);
            }

            // Endpoints are looked up in batches, after the line's other cells: put them first again.
            foreach (var (line, field, message) in range.Problems.OrderBy(p => p.Line).ThenBy(p => p.Field is ":START_ID" or ":END_ID" ? 0 : 1))
            {
                problems.Add(new GraphProblem(file.Name, lineOffset + line, field, message));
            }

            if (range.Problems.Count >= FileRange.MaxProblems)
            {
                problems.Add(new GraphProblem(file.Name, lineOffset + range.LinesRead, "file", $"more than {FileRange.MaxProblems} problems: stopped reading this part of the file"));
            }

            lineOffset += range.LinesRead;
            rowOffset += range.RowCount;
        }

        return flawed;
    }

    private static (GraphFileLayout Layout, long BodyStart) ReadHeader(SafeFileHandle handle, string name, GraphFileKind kind, Func<CsvColumn, GraphFileKind, string?>? rule, List<GraphProblem> problems)
    {
        var length = RandomAccess.GetLength(handle);
        var end = CsvRangeReader.LineEndAfter(handle, 0, length);
        var bytes = new byte[end];
        var read = RandomAccess.Read(handle, bytes, 0);
        ReadOnlySpan<byte> header = bytes.AsSpan(0, read);
        if (header.StartsWith("\uFEFF"u8))
        {
            header = header[3..];
        }

        header = header.TrimEnd("\r\n"u8);
        var fields = new List<string>();
        if (header.IndexOfAnyExcept(" \t"u8) < 0)
        {
            problems.Add(new GraphProblem(name, 1, "header", "the first line must be the header"));
        }
        else
        {
            var splitter = new CsvFieldSplitter();
            try
            {
                splitter.Split(header);
                for (var i = 0; i < splitter.Count; i++)
                {
                    fields.Add(Encoding.UTF8.GetString(splitter.Field(header, i)));
                }
            }
            catch (CsvLineException e)
            {
                problems.Add(new GraphProblem(name, 1, e.Field, e.Message));
                problems.Add(new GraphProblem(name, 1, "header", "the first line must be the header"));
                fields.Clear();
            }
        }

        var layout = fields.Count == 0
            ? GraphFileLayout.Parse([], name, kind, [])
            : GraphFileLayout.Parse(fields, name, kind, problems, rule);
        return (layout, end);
    }

    /// <summary>Cuts the body of a file into ranges of whole lines, about one per processor and never tiny.</summary>
    private static (long Start, long End)[] Split(SafeFileHandle handle, long bodyStart)
    {
        var length = RandomAccess.GetLength(handle);
        if (length <= bodyStart)
        {
            return [];
        }

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

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    private sealed record FileParts<T>(string Name, SafeFileHandle Handle, GraphFileLayout Layout, (long Start, long End)[] Bounds, T[] Ranges)
        where T : FileRange;
}
