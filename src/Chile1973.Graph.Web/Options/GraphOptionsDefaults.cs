using Microsoft.Extensions.Options;

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

        var root = FindDataRoot(environment.ContentRootPath) ?? FindDataRoot(AppContext.BaseDirectory);
        if (root is null)
        {
            return;
        }

        options.GraphDirectory ??= Path.Combine(root, "graph");
        options.SeedsDirectory ??= Path.Combine(root, "seeds");
    }

    private static string? FindDataRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "graph")) && Directory.Exists(Path.Combine(dir.FullName, "seeds")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
