namespace Chile1973.Graph.Cypher.Functions.Temporal;

/// <summary>
/// Adding durations to temporals java.time's way: months first (the day clamped to the month's end), then days,
/// then seconds and nanoseconds; a date takes whole days of the seconds, a time ignores months and days.
/// </summary>
internal static class TemporalArithmetic
{
    public static object Add(object temporal, CypherDuration duration, int sign) => temporal switch
    {
        CypherDate d => new CypherDate(AddToDate(d.EpochDay, duration, sign)),
        CypherLocalTime lt => new CypherLocalTime(AddToTime(lt.NanoOfDay, duration, sign)),
        CypherTime t => new CypherTime(AddToTime(t.NanoOfDay, duration, sign), t.OffsetSeconds),
        CypherLocalDateTime ldt => AddToLocalDateTime(ldt, duration, sign),
        CypherDateTime dt => AddToDateTime(dt, duration, sign),
        _ => throw new ArgumentException("Not a temporal value.", nameof(temporal)),
    };

    private static long AddToDate(long epochDay, CypherDuration duration, int sign)
    {
        var day = IsoCalendar.PlusMonths(epochDay, checked(sign * duration.Months));
        day = checked(day + (sign * duration.Days));
        day = checked(day + (sign * (duration.Seconds / IsoCalendar.SecondsPerDay)));
        return day;
    }

    private static long AddToTime(long nanoOfDay, CypherDuration duration, int sign)
    {
        var seconds = IsoCalendar.FloorMod(duration.Seconds, IsoCalendar.SecondsPerDay);
        var shift = (seconds * IsoCalendar.NanosPerSecond) + duration.Nanoseconds;
        return IsoCalendar.FloorMod(nanoOfDay + (sign * shift), IsoCalendar.NanosPerDay);
    }

    private static CypherLocalDateTime AddToLocalDateTime(CypherLocalDateTime value, CypherDuration duration, int sign)
    {
        var day = IsoCalendar.PlusMonths(value.EpochDay, checked(sign * duration.Months));
        day = checked(day + (sign * duration.Days));
        var (carryDays, nano) = AddNanos(value.NanoOfDay, duration, sign);
        return new CypherLocalDateTime(checked(day + carryDays), nano);
    }

    private static CypherDateTime AddToDateTime(CypherDateTime value, CypherDuration duration, int sign)
    {
        var zone = TemporalZone.Of(value);
        var result = value;
        if (duration.Months != 0)
        {
            result = zone.AtLocal(IsoCalendar.PlusMonths(result.EpochDay, checked(sign * duration.Months)), result.NanoOfDay, result.OffsetSeconds);
        }

        if (duration.Days != 0)
        {
            result = zone.AtLocal(checked(result.EpochDay + (sign * duration.Days)), result.NanoOfDay, result.OffsetSeconds);
        }

        if (duration.Seconds != 0 || duration.Nanoseconds != 0)
        {
            // Seconds move the instant, so a day with a clock change lasts 23 or 25 hours.
            var nanos = (long)result.Nanosecond + (sign * (long)duration.Nanoseconds);
            var seconds = checked(result.EpochSecond + (sign * duration.Seconds) + IsoCalendar.FloorDiv(nanos, IsoCalendar.NanosPerSecond));
            result = zone.AtInstant(seconds, (int)IsoCalendar.FloorMod(nanos, IsoCalendar.NanosPerSecond));
        }

        return result;
    }

    private static (long CarryDays, long NanoOfDay) AddNanos(long nanoOfDay, CypherDuration duration, int sign)
    {
        var seconds = sign * duration.Seconds;
        var carryDays = IsoCalendar.FloorDiv(seconds, IsoCalendar.SecondsPerDay);
        var total = nanoOfDay + (IsoCalendar.FloorMod(seconds, IsoCalendar.SecondsPerDay) * IsoCalendar.NanosPerSecond) + (sign * (long)duration.Nanoseconds);
        carryDays += IsoCalendar.FloorDiv(total, IsoCalendar.NanosPerDay);
        return (carryDays, IsoCalendar.FloorMod(total, IsoCalendar.NanosPerDay));
    }
}
