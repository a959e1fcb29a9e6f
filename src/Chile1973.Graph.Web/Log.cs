namespace Chile1973.Graph.Web;

/// <summary>The explorer's log messages. Event ids are stable: retire an id with a comment, never reuse it.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Debug, "{Engine} ran a query in {ElapsedMs:F1} ms, {Rows} rows: {Query}")]
    public static partial void QueryCompleted(ILogger logger, string engine, int rows, double elapsedMs, string query);

    [LoggerMessage(2, LogLevel.Information, "Loaded and indexed the graph for the embedded engine from {GraphDirectory} in {ElapsedMs:F0} ms: {Nodes} nodes, {Relationships} relationships")]
    public static partial void GraphLoaded(ILogger logger, string graphDirectory, double elapsedMs, int nodes, int relationships);

    // Debug, not Information: one line per ring is one console line per stream item of every reader.
    [LoggerMessage(3, LogLevel.Debug, "Neighbourhood of {NodeId}: ring {Ring} sent {Nodes} nodes and {Edges} edges in {ElapsedMs:F1} ms ({Remaining} more not sent)")]
    public static partial void RingSent(ILogger logger, string nodeId, int ring, int nodes, int edges, double elapsedMs, int remaining);

    [LoggerMessage(4, LogLevel.Information, "Neighbourhood stream of {NodeId} cancelled by the client")]
    public static partial void NeighbourhoodCancelled(ILogger logger, string nodeId);

    [LoggerMessage(5, LogLevel.Warning, "A hub call failed: {Message}")]
    public static partial void HubCallFailed(ILogger logger, string message, Exception exception);

    [LoggerMessage(6, LogLevel.Information, "The explorer answers with the {Engine} engine")]
    public static partial void EngineSelected(ILogger logger, string engine);

    [LoggerMessage(7, LogLevel.Information, "Influence scores over {Categories}: {Nodes} nodes, {Relationships} relationships, read in {ReadMs:F0} ms, ready in {ElapsedMs:F0} ms")]
    public static partial void InfluenceComputed(ILogger logger, string categories, int nodes, int relationships, double readMs, double elapsedMs);

    [LoggerMessage(8, LogLevel.Warning, "Influence scores could not be computed at start; they will be computed on first use")]
    public static partial void InfluenceWarmupFailed(ILogger logger, Exception exception);

    [LoggerMessage(9, LogLevel.Warning, "The {Engine} engine does not answer: {Message}")]
    public static partial void GraphUnavailable(ILogger logger, string engine, string message);

    [LoggerMessage(10, LogLevel.Information, "The {Engine} engine answers again after {Seconds:F0} s")]
    public static partial void GraphAvailable(ILogger logger, string engine, double seconds);

    [LoggerMessage(133, LogLevel.Warning, "The graph's first view could not be sent to the pages after the {Engine} engine answered again")]
    public static partial void WelcomeAfterRecoveryFailed(ILogger logger, string engine, Exception exception);

    [LoggerMessage(140, LogLevel.Information, "Indexed the article {DocumentId}: {Paragraphs} paragraphs, {Facts} quoted facts, {Unlocated} quotes not found in it")]
    public static partial void ArticleIndexed(ILogger logger, string documentId, int paragraphs, int facts, int unlocated);

    [LoggerMessage(141, LogLevel.Warning, "Quotes not found in the article {DocumentId} (first 20): {Ids}")]
    public static partial void QuotesNotFound(ILogger logger, string documentId, string ids);

    [LoggerMessage(130, LogLevel.Information, "{Engine} ran a console query: {Rows} rows (truncated: {Truncated}) in {ElapsedMs:F1} ms")]
    public static partial void ConsoleQueryCompleted(ILogger logger, string engine, long rows, bool truncated, double elapsedMs);

    [LoggerMessage(131, LogLevel.Warning, "A story was left out: {Problem}")]
    public static partial void StoryProblem(ILogger logger, string problem);

    [LoggerMessage(132, LogLevel.Information, "SignalR and presentations use Redis at {Endpoint}")]
    public static partial void RedisScaleOut(ILogger logger, string endpoint);

    [LoggerMessage(142, LogLevel.Information, "Warmed up with {Walks} neighbourhood walks in {ElapsedMs:F0} ms ({Methods} methods compiled)")]
    public static partial void NeighbourhoodWarmedUp(ILogger logger, int walks, double elapsedMs, long methods);

    [LoggerMessage(144, LogLevel.Information, "Warmed up the hub with {Calls} calls by {Readers} readers on {Connections} connections in {ElapsedMs:F0} ms")]
    public static partial void HubWarmedUp(ILogger logger, int calls, int readers, int connections, double elapsedMs);

    [LoggerMessage(145, LogLevel.Warning, "The hub's warm-up stopped: a call failed; readers are served without it")]
    public static partial void HubWarmupFailed(ILogger logger, Exception exception);

    [LoggerMessage(146, LogLevel.Information, "Computing the neighbourhoods of the {Nodes} best-connected nodes before taking readers")]
    public static partial void NeighbourhoodPrefillStarted(ILogger logger, int nodes);

    [LoggerMessage(147, LogLevel.Information, "Kept the neighbourhoods of the {Nodes} best-connected nodes ({Walks} walks) in {ElapsedMs:F0} ms")]
    public static partial void NeighbourhoodPrefilled(ILogger logger, int nodes, int walks, double elapsedMs);

    [LoggerMessage(148, LogLevel.Warning, "Keeping the best-connected nodes' neighbourhoods stopped after {Nodes} nodes ({Walks} walks): a walk failed; readers are served without the rest")]
    public static partial void NeighbourhoodPrefillFailed(ILogger logger, int nodes, int walks, Exception exception);

    [LoggerMessage(143, LogLevel.Warning, "The warm-up stopped after {Walks} neighbourhood walks: a walk failed; readers are served without it")]
    public static partial void NeighbourhoodWarmupFailed(ILogger logger, int walks, Exception exception);
}
