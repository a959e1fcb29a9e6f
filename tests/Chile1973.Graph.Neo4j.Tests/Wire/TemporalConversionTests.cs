using System.Text.Json;
using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Core.Values.Temporal;
using Chile1973.Graph.Neo4j.Http;
using Chile1973.Graph.Neo4j.Wire;
using Xunit;

namespace Chile1973.Graph.Neo4j.Tests.Wire;

public sealed class TemporalConversionTests
{
    [Theory]
    [InlineData("Date", "2015-03-26", typeof(CypherDate))]
    [InlineData("Time", "12:50:35.556+01:00", typeof(CypherTime))]
    [InlineData("LocalTime", "12:50:35.556", typeof(CypherLocalTime))]
    [InlineData("ZonedDateTime", "2015-11-21T21:40:32.142Z[Antarctica/Troll]", typeof(CypherDateTime))]
    [InlineData("OffsetDateTime", "2015-11-21T21:40:32.142Z", typeof(CypherDateTime))]
    [InlineData("LocalDateTime", "2015-07-04T19:32:24", typeof(CypherLocalDateTime))]
    [InlineData("Duration", "P14DT16H12M", typeof(CypherDuration))]
    public void Documented_temporal_values_read_as_the_port_temporal_types(string type, string iso, Type expected)
    {
        using var document = JsonDocument.Parse($$"""{"$type": "{{type}}", "_value": "{{iso}}"}""");

        var value = TypedJsonReader.Read(document.RootElement);

        Assert.IsType(expected, value);
    }

    [Theory]
    [InlineData("Date", "1973-09-11")]
    [InlineData("LocalTime", "12:50:35.556")]
    [InlineData("LocalDateTime", "1973-09-11T09:10")]
    [InlineData("ZonedDateTime", "2015-01-15T10:00+01:00[Europe/Paris]")]
    [InlineData("OffsetDateTime", "1973-09-11T09:10-04:00")]
    [InlineData("Duration", "P14DT16H12M")]
    public void Temporal_parameters_are_sent_with_their_type_and_read_back_equal(string type, string iso)
    {
        var value = TemporalConversion.FromWire(type, iso);
        var body = new QueryApiRequest("RETURN $t", new Dictionary<string, object?> { ["t"] = value }, AccessMode.Read).ToJson();

        using var document = JsonDocument.Parse(body);
        var sent = document.RootElement.GetProperty("parameters").GetProperty("t");

        Assert.Equal(type, sent.GetProperty("$type").GetString());
        Assert.Equal(value, TypedJsonReader.Read(sent));
    }
}
