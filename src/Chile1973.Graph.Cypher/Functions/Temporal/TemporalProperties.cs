namespace Chile1973.Graph.Cypher.Functions.Temporal;

/// <summary>The components of temporal values and durations (<c>d.year</c>, <c>t.offsetMinutes</c>, <c>dur.monthsOfYear</c>).</summary>
internal static class TemporalProperties
{
    public static bool TryGet(object temporal, string key, out object? value)
    {
        value = temporal switch
        {
            CypherDate d => DateField(d.EpochDay, key),
            CypherLocalTime lt => TimeField(lt.NanoOfDay, key),
            CypherTime t => TimeField(t.NanoOfDay, key) ?? OffsetField(t.OffsetSeconds, null, key),
            CypherLocalDateTime ldt => DateField(ldt.EpochDay, key) ?? TimeField(ldt.NanoOfDay, key),
            CypherDateTime dt => DateField(dt.EpochDay, key) ?? TimeField(dt.NanoOfDay, key) ?? OffsetField(dt.OffsetSeconds, dt.ZoneId, key) ?? EpochField(dt, key),
            CypherDuration dur => DurationField(dur, key),
            _ => null,
        };
        return value is not null;
    }

    private static object? DateField(long epochDay, string key)
    {
        var (year, month, day) = IsoCalendar.FromEpochDay(epochDay);
        return key.ToUpperInvariant() switch
        {
            "YEAR" => year,
            "QUARTER" => (long)(((month - 1) / 3) + 1),
            "MONTH" => (long)month,
            "WEEK" => (long)IsoCalendar.WeekOf(epochDay).Week,
            "WEEKYEAR" => IsoCalendar.WeekOf(epochDay).WeekYear,
            "DAYOFQUARTER" => epochDay - IsoCalendar.EpochDay(year, (((month - 1) / 3) * 3) + 1, 1) + 1,
            "QUARTERDAY" => epochDay - IsoCalendar.EpochDay(year, (((month - 1) / 3) * 3) + 1, 1) + 1,
            "DAY" => (long)day,
            "ORDINALDAY" => epochDay - IsoCalendar.EpochDay(year, 1, 1) + 1,
            "DAYOFWEEK" => (long)IsoCalendar.DayOfWeek(epochDay),
            "WEEKDAY" => (long)IsoCalendar.DayOfWeek(epochDay),
            _ => null,
        };
    }

    private static object? TimeField(long nanoOfDay, string key) => key.ToUpperInvariant() switch
    {
        "HOUR" => nanoOfDay / (3600 * IsoCalendar.NanosPerSecond),
        "MINUTE" => nanoOfDay / (60 * IsoCalendar.NanosPerSecond) % 60,
        "SECOND" => nanoOfDay / IsoCalendar.NanosPerSecond % 60,
        "MILLISECOND" => nanoOfDay % IsoCalendar.NanosPerSecond / 1_000_000,
        "MICROSECOND" => nanoOfDay % IsoCalendar.NanosPerSecond / 1000,
        "NANOSECOND" => nanoOfDay % IsoCalendar.NanosPerSecond,
        _ => null,
    };

    private static object? OffsetField(int offsetSeconds, string? zoneId, string key)
    {
        var offsetId = TimeZones.OffsetId(offsetSeconds);
        return key.ToUpperInvariant() switch
        {
            "TIMEZONE" => zoneId ?? offsetId,
            "OFFSET" => offsetId,
            "OFFSETMINUTES" => (long)(offsetSeconds / 60),
            "OFFSETSECONDS" => (long)offsetSeconds,
            _ => null,
        };
    }

    private static object? EpochField(CypherDateTime value, string key) => key.ToUpperInvariant() switch
    {
        "EPOCHSECONDS" => value.EpochSecond,
        "EPOCHMILLIS" => checked((value.EpochSecond * 1000) + (value.Nanosecond / 1_000_000)),
        _ => null,
    };

    private static object? DurationField(CypherDuration d, string key) => key.ToUpperInvariant() switch
    {
        "YEARS" => d.Months / 12,
        "QUARTERS" => d.Months / 3,
        "MONTHS" => d.Months,
        "WEEKS" => d.Days / 7,
        "DAYS" => d.Days,
        "HOURS" => d.Seconds / 3600,
        "MINUTES" => d.Seconds / 60,
        "SECONDS" => d.Seconds,
        "MILLISECONDS" => checked((d.Seconds * 1000) + (d.Nanoseconds / 1_000_000)),
        "MICROSECONDS" => checked((d.Seconds * 1_000_000) + (d.Nanoseconds / 1000)),
        "NANOSECONDS" => checked((d.Seconds * IsoCalendar.NanosPerSecond) + d.Nanoseconds),
        "QUARTERSOFYEAR" => d.Months / 3 % 4,
        "MONTHSOFQUARTER" => d.Months % 3,
        "MONTHSOFYEAR" => d.Months % 12,
        "DAYSOFWEEK" => d.Days % 7,
        "MINUTESOFHOUR" => d.Seconds / 60 % 60,
        "SECONDSOFMINUTE" => d.Seconds % 60,
        "MILLISECONDSOFSECOND" => (long)(d.Nanoseconds / 1_000_000),
        "MICROSECONDSOFSECOND" => (long)(d.Nanoseconds / 1000),
        "NANOSECONDSOFSECOND" => (long)d.Nanoseconds,
        _ => null,
    };
}
