namespace Chile1973.Graph.Core.Tests.GraphFiles;

/// <summary>The graph directories beside the tests (copied to the output directory).</summary>
internal static class TestGraphs
{
    public static string Root(string name) => Path.Combine(AppContext.BaseDirectory, "GraphFiles", "TestData", name);

    public static string Graph(string name) => Path.Combine(Root(name), "graph");

    public static string Seeds(string name) => Path.Combine(Root(name), "seeds");

    /// <summary>A fresh copy of a test graph in a temporary folder, for tests that edit files.</summary>
    public static string CopyToTemp(string name)
    {
        var target = Path.Combine(Path.GetTempPath(), "chile1973-tests", Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(Root(name), "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(Root(name), file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }
}
