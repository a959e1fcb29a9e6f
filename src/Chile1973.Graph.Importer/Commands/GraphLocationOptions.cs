namespace Chile1973.Graph.Importer.Commands;

/// <summary>The <c>--graph</c> and <c>--seeds</c> options every graph command shares, and <c>--uncurated</c> for those that only query it.</summary>
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

    public Option<bool> Uncurated { get; } = new("--uncurated")
    {
        Description = "Open graph files without the curated graph's checks (quotes, vocabulary): a generated graph, say",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Graph);
        command.Options.Add(Seeds);
    }

    /// <summary>Adds <c>--uncurated</c> too, for commands that only query the graph.</summary>
    public void AddWithUncuratedTo(Command command)
    {
        AddTo(command);
        command.Options.Add(Uncurated);
    }

    /// <summary>The directories to use; the defaults come from the project folder found above the current one.</summary>
    public (string Graph, string Seeds) Resolve(ParseResult parseResult) => (
        parseResult.GetValue(Graph) ?? RepositoryPaths.GraphDirectory(),
        parseResult.GetValue(Seeds) ?? RepositoryPaths.SeedsDirectory());
}
