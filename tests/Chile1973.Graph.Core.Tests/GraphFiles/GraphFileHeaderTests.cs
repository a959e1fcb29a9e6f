using Chile1973.Graph.Core.GraphFiles;
using Xunit;

namespace Chile1973.Graph.Core.Tests.GraphFiles;

public sealed class GraphFileHeaderTests
{
    /// <summary>Validates the valid test graph with one file's header replaced.</summary>
    private static List<string> ProblemsWithHeader(string file, string header)
    {
        var root = TestGraphs.CopyToTemp("valid");
        var path = Path.Combine(root, "graph", file);
        var lines = File.ReadAllLines(path);
        lines[0] = header;
        File.WriteAllLines(path, lines);
        return [.. GraphValidator.Validate(Path.Combine(root, "graph"), Path.Combine(root, "seeds")).Problems.Select(p => p.ToString())];
    }

    [Fact]
    public void A_relationship_file_may_not_carry_node_columns()
    {
        var problems = ProblemsWithHeader("relationships/links.csv", ":START_ID,:END_ID,:TYPE,id,:LABEL,end,source,quote,weight:float");

        Assert.Equal(["graph/relationships/links.csv:1: :LABEL: a relationship file has no :ID or :LABEL column; name the relationship id column 'id'"], problems);
    }

    [Fact]
    public void Aliases_must_be_declared_as_a_string_array()
    {
        var problems = ProblemsWithHeader("nodes/places.csv", "id:ID,:LABEL,name,aliases,source,quote");

        Assert.Equal(["graph/nodes/places.csv:1: aliases: aliases is a list of names: write the column as aliases:string[]"], problems);
    }

    [Fact]
    public void A_column_may_appear_only_once()
    {
        var problems = ProblemsWithHeader("nodes/places.csv", "id:ID,:LABEL,name,aliases:string[],source,name");

        Assert.Contains("graph/nodes/places.csv:1: name: duplicate column", problems);
        Assert.Contains("graph/nodes/places.csv:1: quote: missing required column", problems);
    }

    [Fact]
    public void Standard_columns_must_hold_text()
    {
        var problems = ProblemsWithHeader("relationships/links.csv", ":START_ID,:END_ID,:TYPE,id,start:int,end,source,quote,weight:float");

        Assert.Equal(["graph/relationships/links.csv:1: start:int: start holds text: write the column as start or start:string"], problems);
    }
}
