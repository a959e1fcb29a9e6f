using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Core.Values;
using Chile1973.Graph.Core.Values.Temporal;
using Chile1973.Graph.Cypher.Functions.Temporal;
using Xunit;

namespace Chile1973.Graph.Cypher.Tests.Temporal;

public sealed class TemporalSemanticsTests
{
    private static readonly DateTimeOffset StatementTime = new(2024, 5, 6, 7, 8, 9, 123, TimeSpan.Zero);
    private static readonly TemporalContext Context = new(StatementTime, "Z", () => new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero));

    public static TheoryData<string, string, string> Cases() => Read("semantics-cases.txt");

    public static TheoryData<string, string, string> Errors() => Read("error-cases.txt");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Temporal_expression_follows_Neo4j_semantics(string source, string expression, string expected)
    {
        // Act
        var value = TemporalExpression.Evaluate(expression, Context);

        // Assert
        var printed = value is null or long ? CypherValues.ToLiteral(value) : $"'{value}'";
        Assert.True(expected == printed, $"{source}: {expression} gave {printed}, expected {expected}.");
    }

    [Theory]
    [MemberData(nameof(Errors))]
    public void Invalid_temporal_expression_raises_the_TCK_error(string expression, string kind, string detail)
    {
        // Act
        var error = Assert.Throws<CypherException>(() => TemporalExpression.Evaluate(expression, Context));

        // Assert
        Assert.Equal(kind, error.Kind.ToString());
        Assert.Equal(detail, error.Detail);
        Assert.Equal(CypherErrorPhase.Runtime, error.Phase);
    }

    [Fact]
    public void Current_values_come_from_the_statement_clock_and_realtime_from_the_live_clock()
    {
        // Act
        var statement = TemporalFunctions.Invoke("datetime", [], Context);
        var transaction = TemporalFunctions.Invoke("datetime.transaction", [], Context);
        var today = TemporalFunctions.Invoke("date", [], Context);
        var realtime = TemporalFunctions.Invoke("localdatetime.realtime", [], Context);
        var inStockholm = TemporalFunctions.Invoke("datetime.statement", ["Europe/Stockholm"], Context);

        // Assert
        Assert.Equal("2024-05-06T07:08:09.123Z", statement?.ToString());
        Assert.Equal(statement, transaction);
        Assert.Equal("2024-05-06", today?.ToString());
        Assert.Equal("2030-01-02T03:04:05", realtime?.ToString());
        Assert.Equal("2024-05-06T09:08:09.123+02:00[Europe/Stockholm]", inStockholm?.ToString());
    }

    [Fact]
    public void Compare_orders_date_times_by_instant_and_leaves_durations_and_mixed_types_unordered()
    {
        // Arrange
        var early = CypherDateTime.Parse("2015-07-21T21:00+02:00");
        var late = CypherDateTime.Parse("2015-07-21T20:00Z");

        // Act & Assert
        Assert.True(TemporalFunctions.Compare(early, late) < 0);
        Assert.Null(TemporalFunctions.Compare(CypherDuration.Parse("P1D"), CypherDuration.Parse("P2D")));
        Assert.Null(TemporalFunctions.Compare(CypherDate.Parse("2015-07-21"), late));
        Assert.Null(TemporalFunctions.Compare(CypherDate.Parse("2015-07-21"), "2015-07-21"));
    }

    [Fact]
    public void Operators_decline_operands_that_are_no_temporal_combination()
    {
        Assert.False(TemporalFunctions.TryAdd(1L, 2L, out _));
        Assert.False(TemporalFunctions.TrySubtract(CypherDuration.Parse("P1D"), CypherDate.Parse("2015-07-21"), out _));
        Assert.False(TemporalFunctions.TryMultiply(CypherDate.Parse("2015-07-21"), 2L, out _));
        Assert.False(TemporalFunctions.TryDivide(2L, CypherDuration.Parse("P1D"), out _));
        Assert.False(TemporalFunctions.TryGetProperty(CypherDate.Parse("2015-07-21"), "hour", out _));
    }

    [Fact]
    public void Only_the_temporal_function_names_are_claimed()
    {
        Assert.True(TemporalFunctions.IsTemporalFunction("datetime.fromepochmillis"));
        Assert.True(TemporalFunctions.IsTemporalFunction("duration.inseconds"));
        Assert.False(TemporalFunctions.IsTemporalFunction("tostring"));
        Assert.False(TemporalFunctions.IsTemporalFunction("DATE"));
    }

    private static TheoryData<string, string, string> Read(string fileName)
    {
        var data = new TheoryData<string, string, string>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Temporal", fileName)))
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            var first = trimmed.IndexOf('|', StringComparison.Ordinal);
            var last = trimmed.LastIndexOf('|');
            data.Add(trimmed[..first].Trim(), trimmed[(first + 1)..last].Trim(), trimmed[(last + 1)..].Trim());
        }

        return data;
    }
}
