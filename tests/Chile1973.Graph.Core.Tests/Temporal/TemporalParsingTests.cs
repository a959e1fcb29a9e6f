using Chile1973.Graph.Core.Values.Temporal;
using Xunit;

namespace Chile1973.Graph.Core.Tests.Temporal;

public sealed class TemporalParsingTests
{
    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var row in TemporalCaseFile.Read("parse-cases.txt"))
        {
            data.Add(row[0], row[1], row[2]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parse_then_ToString_prints_the_java_time_form(string type, string text, string expected)
    {
        // Act
        object value = type switch
        {
            "date" => CypherDate.Parse(text),
            "localtime" => CypherLocalTime.Parse(text),
            "time" => CypherTime.Parse(text),
            "localdatetime" => CypherLocalDateTime.Parse(text),
            "datetime" => CypherDateTime.Parse(text),
            "duration" => CypherDuration.Parse(text),
            _ => throw new ArgumentException($"Unknown type {type}.", nameof(type)),
        };

        // Assert
        Assert.Equal(expected, value.ToString());
    }

    [Theory]
    [InlineData("2015-13-01")]
    [InlineData("2015-02-29")]
    [InlineData("2015-W54")]
    [InlineData("2015-367")]
    [InlineData("15-07-21")]
    [InlineData("2015-07-21x")]
    public void Date_Parse_rejects_text_that_is_no_valid_date(string text)
    {
        Assert.Throws<FormatException>(() => CypherDate.Parse(text));
    }

    [Theory]
    [InlineData("24:00")]
    [InlineData("12:60")]
    [InlineData("12:00+01:00")]
    [InlineData("12:00:00.1234567890")]
    public void LocalTime_Parse_rejects_text_that_is_no_valid_local_time(string text)
    {
        Assert.Throws<FormatException>(() => CypherLocalTime.Parse(text));
    }

    [Theory]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("P1H")]
    [InlineData("PT1D")]
    [InlineData("P1D2Y")]
    public void Duration_Parse_rejects_text_that_is_no_valid_duration(string text)
    {
        Assert.Throws<FormatException>(() => CypherDuration.Parse(text));
    }

    [Fact]
    public void DateTime_Parse_rejects_an_unknown_zone()
    {
        Assert.Throws<FormatException>(() => CypherDateTime.Parse("2015-07-21T21:40[Mars/Olympus]"));
    }
}
