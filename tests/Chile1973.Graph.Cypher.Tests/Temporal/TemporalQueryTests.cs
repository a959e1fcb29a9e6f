using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Core.Values.Temporal;
using Chile1973.Graph.Cypher.Tests.Engine;
using Xunit;

namespace Chile1973.Graph.Cypher.Tests.Temporal;

/// <summary>Temporal values through the embedded engine's port: stored, compared, ordered and computed in queries.</summary>
public sealed class TemporalQueryTests
{
    private const string Events = """
        CREATE (:Event {name: 'Tanquetazo', on: date('1973-06-29')}),
               (:Event {name: 'Golpe de Estado', on: date('1973-09-11'), at: datetime('1973-09-11T08:30-04:00[America/Santiago]')}),
               (:Event {name: 'Elección presidencial', on: date('1970-09-04')})
        """;

    private readonly EngineHarness _harness = new(Events);

    [Fact]
    public async Task Stored_dates_filter_and_sort_as_dates()
    {
        var rows = await _harness.RowsAsync(
            "MATCH (e:Event) WHERE e.on >= $from RETURN e.name AS name, e.on AS day ORDER BY e.on DESC",
            new Dictionary<string, object?> { ["from"] = CypherDate.Parse("1973-01-01") });

        Assert.Equal(["'Golpe de Estado', '1973-09-11'", "'Tanquetazo', '1973-06-29'"], rows);
    }

    [Fact]
    public async Task Durations_between_stored_dates_and_their_components_are_computed()
    {
        var rows = await _harness.RowsAsync("""
            MATCH (a:Event {name: 'Elección presidencial'}), (b:Event {name: 'Golpe de Estado'})
            WITH duration.between(a.on, b.on) AS d
            RETURN d, d.months, duration.inDays(date('1973-06-29'), date('1973-09-11')).days AS days
            """);

        Assert.Equal(["'P3Y7D', 36, 74"], rows);
    }

    [Fact]
    public async Task Zoned_values_keep_their_zone_and_expose_their_instant()
    {
        var rows = await _harness.RowsAsync("MATCH (e:Event) WHERE e.at IS NOT NULL RETURN e.at AS at, e.at.timezone AS zone, e.at + duration('PT2H') AS later");

        Assert.Equal(["'1973-09-11T08:30-04:00[America/Santiago]', 'America/Santiago', '1973-09-11T10:30-04:00[America/Santiago]'"], rows);
    }

    [Fact]
    public async Task Durations_sort_by_their_average_length()
    {
        var rows = await _harness.RowsAsync("UNWIND [duration('P1M'), duration('PT1H'), duration('P20D')] AS d RETURN d ORDER BY d");

        Assert.Equal(["'PT1H'", "'P20D'", "'P1M'"], rows);
    }

    [Fact]
    public async Task The_current_datetime_is_the_same_in_every_row_of_a_statement()
    {
        var rows = await _harness.RowsAsync("UNWIND range(1, 500) AS i WITH datetime() AS now RETURN count(DISTINCT now) AS n");

        Assert.Equal(["1"], rows);
    }

    [Fact]
    public async Task An_impossible_date_is_an_argument_error_at_run_time()
    {
        var error = await Assert.ThrowsAsync<CypherException>(() => _harness.ReadAsync("RETURN date('1973-13-01') AS d"));

        Assert.Equal(CypherErrorKind.ArgumentError, error.Kind);
        Assert.Equal("InvalidArgumentValue", error.Detail);
    }
}
