using System.Text.Json;
using Chile1973.Graph.Core.Values;
using Chile1973.Graph.Neo4j.Tests.Support;
using Chile1973.Graph.Neo4j.Wire;
using Xunit;

namespace Chile1973.Graph.Neo4j.Tests.Wire;

public sealed class TypedJsonReaderTests
{
    [Fact]
    public void Typed_relationship_becomes_a_CypherRelationship_with_its_ends_and_properties()
    {
        var value = TypedJsonReader.Read(TestFiles.Json("typed-relationship.json"));

        var relationship = Assert.IsType<CypherRelationship>(value);
        Assert.Equal("5:ff04df25-ff2b-4b55-98f8-6888297b025e:2", relationship.ElementId);
        Assert.Equal("LIKES", relationship.Type);
        Assert.Equal("4:ff04df25-ff2b-4b55-98f8-6888297b025e:0", relationship.StartElementId);
        Assert.Equal("4:ff04df25-ff2b-4b55-98f8-6888297b025e:2", relationship.EndElementId);
        Assert.Equal("forever!", relationship.Properties["since"]);
    }

    [Fact]
    public void Typed_path_becomes_a_CypherPath_with_integer_properties_as_long()
    {
        var path = Assert.IsType<CypherPath>(TypedJsonReader.Read(TestFiles.Json("typed-path.json")));

        Assert.Equal(1, path.Length);
        Assert.Equal("Alice", path.Start.Properties["name"]);
        Assert.Equal(42L, path.Start.Properties["age"]);
        Assert.Equal("Phil", path.End.Properties["name"]);
        Assert.Equal(["Person"], path.End.Labels);
        Assert.Equal(path.Start.ElementId, path.Relationships[0].StartElementId);
        Assert.Equal("<(:Person {age: 42, name: 'Alice'})-[:LIKES {since: 'forever!'}]->(:Person {name: 'Phil'})>", path.ToString());
    }

    [Fact]
    public void Plain_node_and_path_are_read_by_shape_when_the_server_answers_plain_JSON()
    {
        var node = Assert.IsType<CypherNode>(TypedJsonReader.Read(TestFiles.Json("plain-node.json")));
        var path = Assert.IsType<CypherPath>(TypedJsonReader.Read(TestFiles.Json("plain-path.json")));

        Assert.Equal(42L, node.Properties["age"]);
        Assert.Equal("LIKES", path.Relationships[0].Type);
        Assert.Equal(node, path.Start);
    }

    [Theory]
    [InlineData("""{"$type": "Float", "_value": "4.56"}""", 4.56)]
    [InlineData("""{"$type": "Float", "_value": "3.2E9"}""", 3.2e9)]
    [InlineData("""{"$type": "Float", "_value": "2.0E-7"}""", 2.0e-7)]
    [InlineData("""{"$type": "Float", "_value": "Infinity"}""", double.PositiveInfinity)]
    [InlineData("""{"$type": "Float", "_value": "-Infinity"}""", double.NegativeInfinity)]
    public void Typed_float_text_reads_as_the_same_double(string json, double expected)
    {
        Assert.Equal(expected, Assert.IsType<double>(Read(json)));
    }

    [Theory]
    [InlineData("Nan")]
    [InlineData("NaN")]
    public void Typed_float_NaN_reads_in_either_spelling(string text)
    {
        Assert.True(double.IsNaN(Assert.IsType<double>(Read($$"""{"$type": "Float", "_value": "{{text}}"}"""))));
    }

    [Fact]
    public void Typed_scalars_read_as_the_port_CLR_types()
    {
        Assert.Equal(123L, Read("""{"$type": "Integer", "_value": "123"}"""));
        Assert.Equal(long.MinValue, Read("""{"$type": "Integer", "_value": "-9223372036854775808"}"""));
        Assert.Equal(true, Read("""{"$type": "Boolean", "_value": true}"""));
        Assert.Null(Read("""{"$type": "Null", "_value": null}"""));
        Assert.Equal("Hello World", Read("""{"$type": "String", "_value": "Hello World"}"""));
        Assert.Equal(new byte[] { 0x03, 0x6F, 0xBF }, Read("""{"$type": "Base64", "_value": "A2+/"}"""));
    }

    [Fact]
    public void Typed_lists_and_maps_nest_as_read_only_lists_and_dictionaries()
    {
        var value = Read("""
            {"$type": "Map", "_value": {
              "xs": {"$type": "List", "_value": [{"$type": "Integer", "_value": "1"}, {"$type": "Float", "_value": "2.5"}]},
              "m": {"$type": "Map", "_value": {"k": {"$type": "String", "_value": "v"}}}}}
            """);

        var map = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(value);
        Assert.Equal(new object?[] { 1L, 2.5 }, Assert.IsAssignableFrom<IReadOnlyList<object?>>(map["xs"]));
        Assert.Equal("v", Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(map["m"])["k"]);
    }

    [Theory]
    [InlineData("""{"$type": "Point", "_value": "SRID=7203;POINT (1.2 3.4)"}""", 7203L, 1.2, 3.4)]
    [InlineData("""{"$type": "Point", "_value": {"coordinates": [2.3, 4.5], "crs": {"srid": 7203, "name": "cartesian", "type": "link"}}}""", 7203L, 2.3, 4.5)]
    public void Typed_point_reads_in_both_documented_forms(string json, long srid, double x, double y)
    {
        var point = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(Read(json));

        Assert.Equal(srid, point["srid"]);
        Assert.Equal(x, point["x"]);
        Assert.Equal(y, point["y"]);
    }

    [Fact]
    public void Unknown_type_is_an_error_that_names_the_type()
    {
        var error = Assert.Throws<FormatException>(() => Read("""{"$type": "Hologram", "_value": "x"}"""));

        Assert.Contains("Hologram", error.Message, StringComparison.Ordinal);
    }

    private static object? Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        return TypedJsonReader.Read(document.RootElement);
    }
}
