namespace Chile1973.Graph.Web;

/// <summary>
/// Where the app finds its static site: the repository's top-level <c>wwwroot/</c> when run from a
/// clone, or the <c>wwwroot/</c> copied beside the published app.
/// </summary>
public static class GraphHostOptions
{
    private const string WebRootFolder = "wwwroot";
    private const string SolutionFile = "Chile1973.Graph.sln";

    /// <summary>Host options whose web root is the explorer's static site.</summary>
    public static WebApplicationOptions For(string[] args) => new()
    {
        Args = args,
        WebRootPath = FindWebRoot(Directory.GetCurrentDirectory()) ?? FindWebRoot(AppContext.BaseDirectory),
    };

    /// <summary>The nearest <c>wwwroot/</c> beside a published app or at the root of the repository above <paramref name="start"/>.</summary>
    public static string? FindWebRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, WebRootFolder);
            var isRepositoryRoot = File.Exists(Path.Combine(dir.FullName, SolutionFile));
            var isPublishedApp = File.Exists(Path.Combine(candidate, "index.html"));
            if ((isRepositoryRoot || isPublishedApp) && Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
