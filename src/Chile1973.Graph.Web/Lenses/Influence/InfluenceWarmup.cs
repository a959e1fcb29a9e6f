namespace Chile1973.Graph.Web.Lenses.Influence;

/// <summary>Starts computing the influence scores as the app starts, so the first person to ask does not wait for them.</summary>
internal sealed class InfluenceWarmup(InfluenceIndex index, ILogger<InfluenceWarmup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await index.GetAsync(LensCategories.Influence, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The app stopped before the scores were ready: they are computed when first asked for.
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Log.InfluenceWarmupFailed(logger, exception);
        }
    }
}
