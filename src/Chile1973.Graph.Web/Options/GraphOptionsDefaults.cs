using Chile1973.Graph.Core.GraphFiles;

namespace Chile1973.Graph.Web.Options;

/// <summary>Defaults the graph and seeds directories to those of the repository (or published app) the app runs from.</summary>
internal sealed class GraphOptionsDefaults(IHostEnvironment environment) : IPostConfigureOptions<GraphOptions>
{
    public void PostConfigure(string? name, GraphOptions options)
    {
        if (options.GraphDirectory is not null && options.SeedsDirectory is not null)
        {
            return;
        }

        var root = RepositoryPaths.TryFindRoot(environment.ContentRootPath) ?? RepositoryPaths.TryFindRoot();
        if (root is null)
        {
            return;
        }

        options.GraphDirectory ??= Path.Combine(root, RepositoryPaths.GraphFolder);
        options.SeedsDirectory ??= Path.Combine(root, RepositoryPaths.SeedsFolder);
    }
}
