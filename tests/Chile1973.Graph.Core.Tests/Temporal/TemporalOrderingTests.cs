using Chile1973.Graph.Core.Values.Temporal;
using Xunit;

namespace Chile1973.Graph.Core.Tests.Temporal;

public sealed class TemporalOrderingTests
{
    [Fact]
    public void DateTimes_compare_by_instant_whatever_their_offsets()
    {
        // Arrange
        var berlinNoon = CypherDateTime.Parse("2015-07-21T12:00+02:00");
        var utcEleven = CypherDateTime.Parse("2015-07-21T11:00Z");

        // Act
        var order = berlinNoon.CompareTo(utcEleven);

        // Assert
        Assert.True(order < 0);
        Assert.NotEqual(berlinNoon, utcEleven);
    }

    [Fact]
    public void Times_compare_by_their_moment_in_utc()
    {
        Assert.True(CypherTime.Parse("12:00+01:00") < CypherTime.Parse("11:30Z"));
    }

    [Fact]
    public void Values_parsed_from_different_forms_of_the_same_date_are_equal()
    {
        Assert.Equal(CypherDate.Parse("2015-07-21"), CypherDate.Parse("2015-W30-2"));
        Assert.Equal(CypherDate.Parse("2015-07-21").GetHashCode(), CypherDate.Parse("2015202").GetHashCode());
    }

    [Fact]
    public void Durations_with_the_same_components_are_equal()
    {
        Assert.Equal(CypherDuration.Parse("PT90M"), CypherDuration.Parse("PT1H30M"));
        Assert.NotEqual(CypherDuration.Parse("P1D"), CypherDuration.Parse("PT24H"));
    }

    [Fact]
    public void Dates_round_trip_through_epoch_days_across_the_whole_range()
    {
        foreach (var epochDay in new[] { IsoCalendar.MinEpochDay, -719_528L, -1L, 0L, 59L, 10_957L, 2_932_896L, IsoCalendar.MaxEpochDay })
        {
            var (year, month, day) = IsoCalendar.FromEpochDay(epochDay);
            Assert.Equal(epochDay, IsoCalendar.EpochDay(year, month, day));
        }
    }
}
