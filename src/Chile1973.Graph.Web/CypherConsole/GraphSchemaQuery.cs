namespace Chile1973.Graph.Web.CypherConsole;

/// <summary>Reads what the console editor completes from the graph itself, so completion follows the data on either engine.</summary>
public sealed class GraphSchemaQuery(GraphQueryRunner runner)
{
    private static readonly Dictionary<string, object?> NoParameters = [];

    /// <summary>The labels, relationship types, categories and property keys, each sorted.</summary>
    public async Task<GraphSchema> GetAsync(CancellationToken cancellationToken) => new(
        await NamesAsync(ExplorerQueries.SchemaLabels, cancellationToken),
        await NamesAsync(ExplorerQueries.SchemaRelationshipTypes, cancellationToken),
        await NamesAsync(ExplorerQueries.SchemaCategories, cancellationToken),
        await NamesAsync(ExplorerQueries.SchemaPropertyKeys, cancellationToken));

    private async Task<IReadOnlyList<string>> NamesAsync(string template, CancellationToken cancellationToken)
    {
        var records = await runner.ReadAllAsync(template, NoParameters, cancellationToken);
        return records.Select(r => RecordReader.OptionalString(r, ExplorerColumns.Name)).OfType<string>().ToList();
    }
}
