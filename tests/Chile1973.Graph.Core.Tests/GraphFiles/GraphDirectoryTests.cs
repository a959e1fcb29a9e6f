using Chile1973.Graph.Core.GraphFiles;
using Xunit;

namespace Chile1973.Graph.Core.Tests.GraphFiles;

public sealed class GraphDirectoryTests
{
    [Fact]
    public void Load_throws_with_every_problem_when_any_file_is_broken()
    {
        var error = Assert.Throws<GraphValidationException>(() => GraphDirectory.Load(TestGraphs.Graph("broken"), TestGraphs.Seeds("broken")));

        Assert.Equal(GraphValidatorTests.PlantedErrors.Count, error.Problems.Count);
        Assert.Contains("graph/nodes/persons.csv:3: id:ID: duplicate node id", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_returns_nothing_from_a_graph_with_one_bad_cell()
    {
        var root = TestGraphs.CopyToTemp("valid");
        var persons = Path.Combine(root, "graph", "nodes", "persons.csv");
        File.WriteAllText(persons, File.ReadAllText(persons).Replace(",1930,1.62,", ",1930,tall,", StringComparison.Ordinal));

        var error = Assert.Throws<GraphValidationException>(() => GraphDirectory.Load(Path.Combine(root, "graph"), Path.Combine(root, "seeds")));

        var problem = Assert.Single(error.Problems);
        Assert.Equal("graph/nodes/persons.csv:2: height:float: 'tall' is not a number (use . for decimals)", problem.ToString());
    }

    [Fact]
    public void Load_reads_the_project_graph_cleanly()
    {
        var graph = GraphDirectory.Load(RepositoryPaths.GraphDirectory(AppContext.BaseDirectory), RepositoryPaths.SeedsDirectory(AppContext.BaseDirectory));

        Assert.NotEmpty(graph.Nodes);
        Assert.NotEmpty(graph.Relationships);
        Assert.Contains(graph.Nodes, n => n.Id == "salvador_allende");
    }
}
