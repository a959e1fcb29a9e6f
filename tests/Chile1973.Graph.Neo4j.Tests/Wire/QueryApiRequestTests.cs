using System.Text.Json;
using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Neo4j.Http;
using Chile1973.Graph.Neo4j.Tests.Support;
using Chile1973.Graph.Neo4j.Wire;
using Xunit;

namespace Chile1973.Graph.Neo4j.Tests.Wire;

public sealed class QueryApiRequestTests
{
    [Fact]
    public void Request_body_writes_statement_and_typed_parameters_as_the_documentation_shows()
    {
        var expected = TestFiles.Json("typed-request.json");
        var request = new QueryApiRequest(
            expected.GetProperty("statement").GetString(),
            new Dictionary<string, object?> { ["name"] = "Phil" },
            AccessMode.Write);

        using var body = JsonDocument.Parse(request.ToJson());

        Assert.Equal(expected.GetProperty("statement").GetString(), body.RootElement.GetProperty("statement").GetString());
        Assert.True(JsonElement.DeepEquals(expected.GetProperty("parameters"), body.RootElement.GetProperty("parameters")));
        Assert.False(body.RootElement.TryGetProperty("accessMode", out _));
    }

    [Fact]
    public void Read_request_asks_for_read_access_and_carries_bookmarks_and_counters()
    {
        var request = new QueryApiRequest("MATCH (n) RETURN n", new Dictionary<string, object?>(), AccessMode.Read,
            ["FB:kcwQt8DpQx5zR0uN3Oj/OudM3QaQ", "FB:kcwQy9mp3ioyRom386bZDRRcuCiQ"]);

        using var body = JsonDocument.Parse(request.ToJson());

        Assert.Equal("Read", body.RootElement.GetProperty("accessMode").GetString());
        Assert.Equal(["FB:kcwQt8DpQx5zR0uN3Oj/OudM3QaQ", "FB:kcwQy9mp3ioyRom386bZDRRcuCiQ"],
            body.RootElement.GetProperty("bookmarks").EnumerateArray().Select(b => b.GetString()));
        Assert.True(body.RootElement.GetProperty("includeCounters").GetBoolean());
        Assert.False(body.RootElement.TryGetProperty("parameters", out _));
    }

    [Fact]
    public void Every_port_value_survives_a_trip_through_typed_JSON()
    {
        var parameters = new Dictionary<string, object?>
        {
            ["null"] = null,
            ["flag"] = true,
            ["int"] = 42L,
            ["big"] = long.MaxValue,
            ["float"] = 0.1,
            ["whole"] = 3.0,
            ["tiny"] = 2.0e-7,
            ["nan"] = double.NaN,
            ["text"] = "Allende's \"Vía chilena\"\n",
            ["bytes"] = new byte[] { 1, 2, 255 },
            ["list"] = new List<object?> { 1L, "two", null, new List<object?> { 3.5 } },
            ["map"] = new Dictionary<string, object?> { ["k"] = 1L, ["nested"] = new Dictionary<string, object?> { ["x"] = "y" } },
        };
        var body = new QueryApiRequest("RETURN 1", parameters, AccessMode.Read).ToJson();

        using var document = JsonDocument.Parse(body);
        var back = document.RootElement.GetProperty("parameters").EnumerateObject()
            .ToDictionary(p => p.Name, p => TypedJsonReader.Read(p.Value));

        Assert.Equal(parameters.Keys, back.Keys);
        foreach (var (key, value) in parameters)
        {
            Assert.Equal(Core.Values.CypherValues.ToLiteral(value), Core.Values.CypherValues.ToLiteral(back[key]));
            Assert.Equal(value?.GetType() == typeof(double), back[key] is double);
        }

        Assert.Equal(new byte[] { 1, 2, 255 }, back["bytes"]);
    }

    [Fact]
    public void Integers_stay_integers_and_floats_stay_floats_on_the_wire()
    {
        var body = new QueryApiRequest("RETURN $a, $b", new Dictionary<string, object?> { ["a"] = 3, ["b"] = 3.0 }, AccessMode.Read).ToJson();

        using var document = JsonDocument.Parse(body);
        var parameters = document.RootElement.GetProperty("parameters");

        Assert.Equal("""{"$type":"Integer","_value":"3"}""", parameters.GetProperty("a").GetRawText());
        Assert.Equal("""{"$type":"Float","_value":"3"}""", parameters.GetProperty("b").GetRawText());
    }

    [Fact]
    public void A_node_as_a_parameter_is_refused_with_the_parameter_name()
    {
        var node = new Core.Values.CypherNode("4:x:1", ["Person"], new Dictionary<string, object?>());
        var request = new QueryApiRequest("RETURN $n", new Dictionary<string, object?> { ["n"] = new List<object?> { node } }, AccessMode.Read);

        var error = Assert.Throws<ArgumentException>(() => request.ToJson());

        Assert.Contains("$n[0]", error.Message, StringComparison.Ordinal);
        Assert.Contains("NODE", error.Message, StringComparison.Ordinal);
    }
}
