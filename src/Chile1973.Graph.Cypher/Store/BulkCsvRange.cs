namespace Chile1973.Graph.Cypher.Store;

/// <summary>What every range of a bulk CSV file reports: how many lines it read and the first problem it met.</summary>
internal abstract class BulkCsvRange
{
    /// <summary>Lines read, up to and including a bad one.</summary>
    public int LinesRead { get; protected set; }

    /// <summary>The first problem of the range, or null.</summary>
    public BulkCsvLineException? Error { get; private set; }

    /// <summary>The line of <see cref="Error"/>, counted from the range's start.</summary>
    public int ErrorLine { get; private set; }

    protected void Fail(BulkCsvLineException error, int line)
    {
        Error = error;
        ErrorLine = line;
    }

    /// <summary>
    /// Reads the range's next line that is not empty and splits it into fields, which must number
    /// <paramref name="width"/>; false at the range's end.
    /// </summary>
    protected static bool NextLine(CsvRangeReader reader, CsvFieldSplitter splitter, int width, CancellationToken cancellationToken, out ReadOnlySpan<byte> line)
    {
        while (reader.TryReadLine(out line))
        {
            if ((reader.LinesRead & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (line.IsEmpty)
            {
                continue;
            }

            splitter.Split(line);
            if (splitter.Count != width)
            {
                throw new BulkCsvLineException($"expected {width} fields, found {splitter.Count}.");
            }

            return true;
        }

        return false;
    }
}
