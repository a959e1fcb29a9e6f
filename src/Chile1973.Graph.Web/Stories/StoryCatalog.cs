using Chile1973.Graph.Stories;

namespace Chile1973.Graph.Web.Stories;

/// <summary>
/// The stories of <c>graph/stories/</c>, read once at start. A file with problems is left out and its problems
/// logged with file and line (the importer's <c>validate</c> lists them too).
/// </summary>
public sealed class StoryCatalog
{
    private readonly Dictionary<string, Story> byId;

    /// <summary>Reads the stories beside the configured graph directory.</summary>
    public StoryCatalog(IOptions<GraphOptions> options, ILogger<StoryCatalog> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        var directory = options.Value.GraphDirectory;
        var files = directory is null ? [] : StoryReader.ReadGraphStories(directory);
        foreach (var problem in files.SelectMany(f => f.Problems))
        {
            Log.StoryProblem(logger, problem.ToString());
        }

        Stories = [.. files.Select(f => f.Story).OfType<Story>()];
        byId = Stories.ToDictionary(s => s.Id, StringComparer.Ordinal);
    }

    /// <summary>Every story that could be read, in file-name order.</summary>
    public IReadOnlyList<Story> Stories { get; }

    /// <summary>The story with an id, if there is one.</summary>
    public Story? Find(string id) => byId.GetValueOrDefault(id);
}
