namespace Chile1973.Graph.Importer.Commands;

/// <summary>
/// The options that choose the engine a command runs on, shared by every command that queries.
/// The embedded engine over the graph files is the default; another target adds its options in
/// <see cref="AddTo"/> and a branch in <see cref="OpenAsync"/>.
/// </summary>
internal sealed class EngineOptions
{
    public GraphLocationOptions Locations { get; } = new();

    public Option<string> Target { get; } = CreateTarget();

    public Neo4jTargetOptions Neo4j { get; } = new();

    public void AddTo(Command command)
    {
        command.Options.Add(Target);
        Locations.AddWithUncuratedTo(command);
        Neo4j.AddTo(command);
    }

    /// <summary>Opens the engine the command line asks for.</summary>
    /// <exception cref="GraphValidationException">The graph files have problems.</exception>
    public Task<EngineLease> OpenAsync(ParseResult parseResult, CliContext context, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (parseResult.GetValue(Target) == "neo4j")
        {
            return Task.FromResult(Neo4jTarget.Open(Neo4j, parseResult, context));
        }

        var (graph, seeds) = Locations.Resolve(parseResult);
        var curated = !parseResult.GetValue(Locations.Uncurated);
        return Task.FromResult(new EngineLease(GraphReading.OpenEngine(context, graph, seeds, curated, cancellationToken)));
    }

    private static Option<string> CreateTarget()
    {
        var target = new Option<string>("--target")
        {
            Description = "The engine: the embedded one over the graph files, or a Neo4j server (--uri, --user, --password, --database)",
            DefaultValueFactory = _ => "embedded",
        };
        target.AcceptOnlyFromAmong("embedded", "neo4j");
        return target;
    }
}

/// <summary>An open engine; disposing it releases whatever the engine holds (connections, for a server).</summary>
internal sealed class EngineLease(ICypherEngine engine) : IAsyncDisposable
{
    public ICypherEngine Engine { get; } = engine;

    public async ValueTask DisposeAsync()
    {
        switch (Engine)
        {
            case IAsyncDisposable asyncDisposable:
                await asyncDisposable.DisposeAsync().ConfigureAwait(false);
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }
    }
}
