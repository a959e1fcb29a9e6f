namespace Chile1973.Graph.Core.GraphFiles;

/// <summary>
/// Finds the project folder so the CLI and the web app use <c>graph/</c> and <c>seeds/</c> by default
/// wherever they are started from: a clone (the folder holding the solution) or a deployment (a
/// folder holding <c>graph/</c> and <c>seeds/</c>).
/// </summary>
public static class RepositoryPaths
{
    /// <summary>The solution file that marks a clone's root.</summary>
    public const string SolutionFile = "Chile1973.Graph.sln";

    /// <summary>The graph folder's name.</summary>
    public const string GraphFolder = "graph";

    /// <summary>The seeds folder's name.</summary>
    public const string SeedsFolder = "seeds";

    /// <summary>
    /// Walks up from <paramref name="startDirectory"/> (default: the current directory, then the
    /// application's base directory) to the first folder that is a root.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">No root above the start directories.</exception>
    public static string FindRoot(string? startDirectory = null) =>
        TryFindRoot(startDirectory) ?? throw new DirectoryNotFoundException(
            $"No folder holding {SolutionFile} or both {GraphFolder}/ and {SeedsFolder}/ above "
            + $"'{startDirectory ?? Directory.GetCurrentDirectory()}'; pass the directories explicitly.");

    /// <summary>Like <see cref="FindRoot"/>, but null when there is no root.</summary>
    public static string? TryFindRoot(string? startDirectory = null)
    {
        var starts = startDirectory is not null
            ? new[] { startDirectory }
            : [Directory.GetCurrentDirectory(), AppContext.BaseDirectory];
        foreach (var start in starts)
        {
            for (var directory = new DirectoryInfo(Path.GetFullPath(start)); directory is not null; directory = directory.Parent)
            {
                if (IsRoot(directory.FullName))
                {
                    return directory.FullName;
                }
            }
        }

        return null;
    }

    /// <summary>The default graph directory: <c>graph/</c> under the root.</summary>
    public static string GraphDirectory(string? startDirectory = null) => Path.Combine(FindRoot(startDirectory), GraphFolder);

    /// <summary>The default seeds directory: <c>seeds/</c> under the root.</summary>
    public static string SeedsDirectory(string? startDirectory = null) => Path.Combine(FindRoot(startDirectory), SeedsFolder);

    private static bool IsRoot(string directory) =>
        File.Exists(Path.Combine(directory, SolutionFile))
        || (Directory.Exists(Path.Combine(directory, GraphFolder)) && Directory.Exists(Path.Combine(directory, SeedsFolder)));
}
