namespace Chile1973.Graph.Core.GraphFiles.Reading;

/// <summary>
/// What every range of a graph file reports once parsed on its own thread: how many lines it read, and the
/// problems it met, with lines counted from the range's start. A bad line is reported and skipped, so one run
/// names every problem.
/// </summary>
internal abstract class FileRange
{
    /// <summary>Past this many problems a range stops reading: a file that is wrong throughout says so soon.</summary>
    public const int MaxProblems = 1000;

    private readonly HashSet<int> _flawedRows = [];

    /// <summary>Lines read, counted from the range's start.</summary>
    public int LinesRead { get; protected set; }

    public List<(int Line, string Field, string Message)> Problems { get; } = [];

    /// <summary>Per row, its line counted from the range's start.</summary>
    public List<int> Lines { get; } = [];

    /// <summary>The rows (counted from the range's start) with a problem of their own.</summary>
    public IReadOnlySet<int> FlawedRows => _flawedRows;

    public int RowCount => Lines.Count;

    protected bool IsFull => Problems.Count >= MaxProblems;

    protected void Report(int line, string field, string message) => Problems.Add((line, field, message));

    /// <summary>Reports a problem of the row being built (the last added, or the next when <paramref name="row"/> says so).</summary>
    protected void ReportRow(int row, int line, string field, string message)
    {
        Report(line, field, message);
        _flawedRows.Add(row);
    }

    /// <summary>
    /// Reads the range's next line that is not blank and splits it into fields, which must number
    /// <paramref name="width"/>; a line that cannot be split, or has another width, is reported and skipped.
    /// False at the range's end.
    /// </summary>
    protected bool NextLine(CsvRangeReader reader, CsvFieldSplitter splitter, int width, CancellationToken cancellationToken, out ReadOnlySpan<byte> line)
    {
        while (!IsFull && reader.TryReadLine(out line))
        {
            if ((reader.LinesRead & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (IsBlank(line))
            {
                continue;
            }

            try
            {
                splitter.Split(line);
            }
            catch (CsvLineException e)
            {
                Report(reader.LinesRead, e.Field, e.Message);
                continue;
            }

            if (splitter.Count != width)
            {
                Report(reader.LinesRead, "record", $"expected {width} fields as in the header, found {splitter.Count}");
                continue;
            }

            return true;
        }

        line = default;
        return false;
    }

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.IndexOfAnyExcept(" \t"u8) < 0;
}
