namespace Chile1973.Graph.Tck.Tests.Suite;

/// <summary>Where the public TCK is: <c>CYPHER_TCK_DIR</c>, or <c>../shared/tck/features</c> beside the repository.</summary>
internal static class TckLocation
{
    public const string SkipMessage =
        "The openCypher TCK was not found. Get tck/features from github.com/opencypher/openCypher and point "
        + "CYPHER_TCK_DIR at it, or place it at ../shared/tck/features relative to the repository root.";

    /// <summary>The features folder, or null when neither place has one.</summary>
    public static string? FindFeatures()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("CYPHER_TCK_DIR");
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return Directory.Exists(fromEnvironment) ? fromEnvironment : null;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Chile1973.Graph.sln")))
            {
                var beside = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "tck", "features"));
                return Directory.Exists(beside) ? beside : null;
            }
        }

        return null;
    }
}
