using Chile1973.Graph.Tck.Gherkin;

namespace Chile1973.Graph.Tck.Cases;

/// <summary>Finds every <c>.feature</c> file under a folder and expands it into test cases, in a stable order.</summary>
public static class TckCatalog
{
    /// <summary>All test cases under <paramref name="featuresDirectory"/>, ordered by feature path then scenario.</summary>
    public static IReadOnlyList<TckCase> Load(string featuresDirectory)
    {
        if (!Directory.Exists(featuresDirectory))
        {
            throw new DirectoryNotFoundException($"No TCK features folder at '{featuresDirectory}'.");
        }

        var root = Path.GetFullPath(featuresDirectory);
        return Directory.EnumerateFiles(root, "*.feature", SearchOption.AllDirectories)
            .Select(file => (File: file, Relative: Path.GetRelativePath(root, file).Replace('\\', '/')))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .SelectMany(f => TckCaseExpander.Expand(GherkinReader.ReadFile(f.File), f.Relative))
            .ToList();
    }
}
