namespace Chile1973.Graph.Importer.Commands;

/// <summary>The <c>--graph</c> and <c>--seeds</c> options every graph command shares.</summary>
internal sealed class GraphLocationOptions
{
    public Option<string?> Graph { get; } = new("--graph")
    {
        Description = "The graph directory (default: graph/ of the project folder)",
        HelpName = "DIR",
    };

    public Option<string?> Seeds { get; } = new("--seeds")
    {
        Description = "The seeds directory (default: seeds/ of the project folder)",
        HelpName = "DIR",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Graph);
        command.Options.Add(Seeds);
    }

    /// <summary>The directories to use; the defaults come from the project folder found above the current one.</summary>
    public (string Graph, string Seeds) Resolve(ParseResult parseResult) => (
        parseResult.GetValue(Graph) ?? RepositoryPaths.GraphDirectory(),
        parseResult.GetValue(Seeds) ?? RepositoryPaths.SeedsDirectory());
}
