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

    protected static void CheckWidth(int found, int expected)
    {
        if (found != expected)
        {
            throw new BulkCsvLineException($"expected {expected} fields, found {found}.");
        }
    }
}
