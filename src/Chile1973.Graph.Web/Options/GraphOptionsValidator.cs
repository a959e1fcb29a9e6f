namespace Chile1973.Graph.Web.Options;

/// <summary>Refuses to start on settings that cannot work, naming the setting.</summary>
internal sealed class GraphOptionsValidator : IValidateOptions<GraphOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphOptions options)
    {
        var failures = new List<string>();
        if (options.Engine == GraphEngineKind.Embedded)
        {
            RequireDirectory(failures, nameof(GraphOptions.GraphDirectory), options.GraphDirectory);
            RequireDirectory(failures, nameof(GraphOptions.SeedsDirectory), options.SeedsDirectory);
        }

        if (string.IsNullOrWhiteSpace(options.StartNodeId))
        {
            failures.Add("Graph:StartNodeId must name a node.");
        }

        RequirePositive(failures, nameof(GraphOptions.MaxSearchResults), options.MaxSearchResults);
        RequirePositive(failures, nameof(GraphOptions.MaxDepth), options.MaxDepth);
        RequirePositive(failures, nameof(GraphOptions.MaxNeighbourhoodElements), options.MaxNeighbourhoodElements);
        RequirePositive(failures, nameof(GraphOptions.MaxRows), options.MaxRows);
        RequirePositive(failures, nameof(GraphOptions.MaxRingReads), options.MaxRingReads);
        RequirePositive(failures, nameof(GraphOptions.MaxOuterRingReads), options.MaxOuterRingReads);
        RequirePositive(failures, nameof(GraphOptions.MaxInfluenceRelationships), options.MaxInfluenceRelationships);
        if (options.QueryTimeout <= TimeSpan.Zero)
        {
            failures.Add($"Graph:QueryTimeout must be positive; it is {options.QueryTimeout}.");
        }

        if (options.InfluenceTimeout <= TimeSpan.Zero)
        {
            failures.Add($"Graph:InfluenceTimeout must be positive; it is {options.InfluenceTimeout}.");
        }

        if (options.WarmUp < TimeSpan.Zero)
        {
            failures.Add($"Graph:WarmUp must be zero (no warm-up) or more; it is {options.WarmUp}.");
        }

        if (options.HubWarmUp < TimeSpan.Zero)
        {
            failures.Add($"Graph:HubWarmUp must be zero (no warm-up) or more; it is {options.HubWarmUp}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void RequireDirectory(List<string> failures, string key, string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            failures.Add($"Graph:{key} is not set and no repository was found to default it from.");
        }
        else if (!Directory.Exists(path))
        {
            failures.Add($"Graph:{key} '{path}' does not exist.");
        }
    }

    private static void RequirePositive(List<string> failures, string key, long value)
    {
        if (value <= 0)
        {
            failures.Add($"Graph:{key} must be positive; it is {value}.");
        }
    }
}
