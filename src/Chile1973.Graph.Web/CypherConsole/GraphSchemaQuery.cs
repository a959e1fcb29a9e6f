namespace Chile1973.Graph.Web.CypherConsole;

/// <summary>Reads what the console editor completes from the graph itself, so completion follows the data on either engine.</summary>
public sealed class GraphSchemaQuery(GraphQueryRunner runner, ICypherEngine engine) : IDisposable
{
    private static readonly Dictionary<string, object?> NoParameters = [];

    // The schema's four lists read every node and relationship (3 s on the generated 1M graph) and every console that
    // opens asks: the answer is kept at the engine's graph version, and readers asking while it is read wait for it.
    private readonly GraphVersionCache<string, GraphSchema> schema = new(engine, 16, static _ => 1);

    /// <summary>The labels, relationship types, categories and property keys, each sorted.</summary>
    public async Task<GraphSchema> GetAsync(CancellationToken cancellationToken) =>
        (await schema.GetAsync(nameof(schema), ReadAsync, cancellationToken))[0];

    /// <inheritdoc />
    public void Dispose() => schema.Dispose();

    private async IAsyncEnumerable<GraphSchema> ReadAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        yield return new GraphSchema(
            await NamesAsync(ExplorerQueries.SchemaLabels, cancellationToken),
            await NamesAsync(ExplorerQueries.SchemaRelationshipTypes, cancellationToken),
            await NamesAsync(ExplorerQueries.SchemaCategories, cancellationToken),
            await NamesAsync(ExplorerQueries.SchemaPropertyKeys, cancellationToken));
    }

    private async Task<IReadOnlyList<string>> NamesAsync(string template, CancellationToken cancellationToken)
    {
        var records = await runner.ReadAllAsync(template, NoParameters, cancellationToken);
        return records.Select(r => RecordReader.OptionalString(r, ExplorerColumns.Name)).OfType<string>().ToList();
    }
}
