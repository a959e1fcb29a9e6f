using Chile1973.Graph.Core.GraphFiles;
using Xunit;

namespace Chile1973.Graph.Core.Tests.GraphFiles;

public sealed class RepositoryPathsTests
{
    [Fact]
    public void FindRoot_walks_up_from_the_test_output_to_the_solution_folder()
    {
        var root = RepositoryPaths.FindRoot(AppContext.BaseDirectory);

        Assert.True(File.Exists(Path.Combine(root, RepositoryPaths.SolutionFile)));
        Assert.Equal(Path.Combine(root, "graph"), RepositoryPaths.GraphDirectory(AppContext.BaseDirectory));
        Assert.Equal(Path.Combine(root, "seeds"), RepositoryPaths.SeedsDirectory(AppContext.BaseDirectory));
    }

    [Fact]
    public void FindRoot_accepts_a_deployed_folder_with_graph_and_seeds()
    {
        var root = TestGraphs.CopyToTemp("valid");
        var nested = Directory.CreateDirectory(Path.Combine(root, "bin", "app")).FullName;

        Assert.Equal(Path.GetFullPath(root), RepositoryPaths.FindRoot(nested));
    }

    [Fact]
    public void FindRoot_says_where_it_looked_when_there_is_no_root()
    {
        var lonely = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "chile1973-tests", Guid.NewGuid().ToString("N"))).FullName;

        var error = Assert.Throws<DirectoryNotFoundException>(() => RepositoryPaths.FindRoot(lonely));

        Assert.Contains(lonely, error.Message, StringComparison.Ordinal);
    }
}
