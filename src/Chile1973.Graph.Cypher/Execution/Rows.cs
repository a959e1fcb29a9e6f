namespace Chile1973.Graph.Cypher.Execution;

/// <summary>Row arrays, copied once per row a step yields.</summary>
internal static class Rows
{
    /// <summary>
    /// A copy of the row. A new array and a span copy rather than <see cref="Array.Clone"/>: the clone goes through the
    /// runtime's general object copy and costs about three times as much for the dozen-slot rows a query moves.
    /// </summary>
    public static object?[] Copy(object?[] row)
    {
        var copy = new object?[row.Length];
        row.AsSpan().CopyTo(copy);
        return copy;
    }
}
