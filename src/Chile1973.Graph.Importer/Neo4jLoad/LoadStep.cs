namespace Chile1973.Graph.Importer.Neo4jLoad;

/// <summary>
/// One statement of a load. A schema step runs once; a data step runs once per batch with
/// <c>$rows</c> bound to the batch.
/// </summary>
/// <param name="Description">What the step does, for the plan and the progress bar.</param>
/// <param name="Cypher">The statement.</param>
/// <param name="Batches">The row batches of a data step; empty for a schema step.</param>
public sealed record LoadStep(string Description, string Cypher, IReadOnlyList<IReadOnlyList<IReadOnlyDictionary<string, object?>>> Batches)
{
    /// <summary>True for a statement that changes the schema and runs once.</summary>
    public bool IsSchema => Batches.Count == 0;

    /// <summary>The rows the step writes.</summary>
    public int RowCount => Batches.Sum(b => b.Count);
}
