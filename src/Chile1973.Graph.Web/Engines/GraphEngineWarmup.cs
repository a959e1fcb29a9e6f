namespace Chile1973.Graph.Web.Engines;

/// <summary>Creates the engine while the app starts, so a graph file error stops the start with its file and line.</summary>
internal sealed class GraphEngineWarmup(IServiceProvider services, ILogger<GraphEngineWarmup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var engine = services.GetRequiredService<ICypherEngine>();
        Log.EngineSelected(logger, engine.Name);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
