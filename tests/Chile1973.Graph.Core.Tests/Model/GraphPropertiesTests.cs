using Chile1973.Graph.Core.Model;
using Xunit;

namespace Chile1973.Graph.Core.Tests.Model;

public sealed class GraphPropertiesTests
{
    private static readonly Provenance Source = new("seed", "a quote");

    [Fact]
    public void Node_properties_hold_the_curated_fields_and_the_extras()
    {
        var node = new GraphNode(
            "communist_party", NodeKind.Party, "Communist Party", ["PC"], PartialDate.Parse("1922"), null, null,
            new Dictionary<string, object?> { ["members_1970"] = 60000L, ["years"] = new long[] { 1970, 1973 }, ["gone"] = null },
            Source);

        var properties = GraphProperties.Of(node);

        Assert.Equal(["id", "name", "aliases", "start", "source", "quote", "members_1970", "years"], properties.Keys);
        Assert.Equal("communist_party", properties["id"]);
        Assert.Equal(new List<object?> { "PC" }, properties["aliases"]);
        Assert.Equal("1922", properties["start"]);
        Assert.Equal(60000L, properties["members_1970"]);
        Assert.Equal(new List<object?> { 1970L, 1973L }, properties["years"]);
    }

    [Fact]
    public void Node_without_aliases_has_an_empty_alias_list()
    {
        var node = new GraphNode("cia", NodeKind.Organization, "CIA", [], null, null, "Agency.", new Dictionary<string, object?>(), Source);

        var properties = GraphProperties.Of(node);

        Assert.Empty(Assert.IsType<List<object?>>(properties["aliases"]));
        Assert.Equal("Agency.", properties["description"]);
    }

    [Fact]
    public void Relationship_properties_carry_id_dates_and_provenance()
    {
        var relationship = new GraphRelationship(
            "a-WON-b", "WON", "a", "b", PartialDate.Parse("1970-09-04"), PartialDate.Parse("1973"),
            new Dictionary<string, object?> { ["vote_share"] = 37.0 }, Source);

        var properties = GraphProperties.Of(relationship);

        Assert.Equal(["id", "start", "end", "source", "quote", "vote_share"], properties.Keys);
        Assert.Equal("1970-09-04", properties["start"]);
        Assert.Equal("a quote", properties["quote"]);
    }
}
