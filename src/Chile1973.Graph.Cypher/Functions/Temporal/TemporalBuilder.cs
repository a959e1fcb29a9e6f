namespace Chile1973.Graph.Cypher.Functions.Temporal;

/// <summary>
/// Builds temporal values from Cypher maps: calendar, week, ordinal and quarter dates; time fields down to the
/// nanosecond; a zone; and selection of parts from other temporals (<c>{date: d, time: t}</c>, <c>{datetime: x, day: 28}</c>).
/// </summary>
internal static class TemporalBuilder
{
    private static readonly string[] DateKeys = ["year", "month", "day", "week", "dayOfWeek", "ordinalDay", "quarter", "dayOfQuarter"];
    private static readonly string[] TimeKeys = ["hour", "minute", "second", "millisecond", "microsecond", "nanosecond"];

    public static CypherDate Date(TemporalMap map, TemporalContext context)
    {
        Check(map, "date", DateKeys, ["date", "timezone"]);
        TemporalFieldRules.Check(map, supportsDate: true, supportsTime: false);
        if (IsCurrent(map))
        {
            return TemporalClock.Current(map.String("timezone"), context, TemporalClock.Kind.Statement).Date;
        }

        return new CypherDate(DatePart(map, DateBase(map.Value("date"), "date")));
    }

    public static CypherLocalTime LocalTime(TemporalMap map, TemporalContext context)
    {
        Check(map, "localtime", TimeKeys, ["time", "timezone"]);
        TemporalFieldRules.Check(map, supportsDate: false, supportsTime: true);
        if (IsCurrent(map))
        {
            return TemporalClock.Current(map.String("timezone"), context, TemporalClock.Kind.Statement).LocalTime;
        }

        var baseTime = TimeBase(map.Value("time"), "time");
        return new CypherLocalTime(TimePart(map, baseTime?.NanoOfDay));
    }

    public static CypherTime Time(TemporalMap map, TemporalContext context)
    {
        Check(map, "time", TimeKeys, ["time", "timezone"]);
        TemporalFieldRules.Check(map, supportsDate: false, supportsTime: true);
        if (IsCurrent(map))
        {
            return TemporalClock.Current(map.String("timezone"), context, TemporalClock.Kind.Statement).Time;
        }

        var baseTime = TimeBase(map.Value("time"), "time");
        var zoneText = map.String("timezone");
        var nano = TimePart(map, baseTime?.NanoOfDay);
        if (zoneText is null)
        {
            return new CypherTime(nano, baseTime?.Offset ?? ZoneOffsetNow(context.DefaultZone, context));
        }

        var offset = ZoneOffsetNow(TemporalZone.Parse(zoneText), context);
        if (baseTime is { Offset: { } baseOffset })
        {
            // A time selected with its offset moves to the new offset keeping its moment.
            nano = IsoCalendar.FloorMod(nano + ((offset - baseOffset) * IsoCalendar.NanosPerSecond), IsoCalendar.NanosPerDay);
        }

        return new CypherTime(nano, offset);
    }

    public static CypherLocalDateTime LocalDateTime(TemporalMap map, TemporalContext context)
    {
        Check(map, "localdatetime", [.. DateKeys, .. TimeKeys], ["date", "time", "datetime", "timezone"]);
        TemporalFieldRules.Check(map, supportsDate: true, supportsTime: true);
        if (IsCurrent(map))
        {
            return TemporalClock.Current(map.String("timezone"), context, TemporalClock.Kind.Statement).LocalDateTime;
        }

        var (dateBase, timeBase) = Bases(map);
        var day = DatePart(map, dateBase);
        var nano = TimePart(map, timeBase?.NanoOfDay);
        return new CypherLocalDateTime(day, nano);
    }

    public static CypherDateTime DateTime(TemporalMap map, TemporalContext context)
    {
        Check(map, "datetime", [.. DateKeys, .. TimeKeys], ["date", "time", "datetime", "timezone", "epochSeconds", "epochMillis"]);
        if (!map.HasAny("epochSeconds", "epochMillis"))
        {
            TemporalFieldRules.Check(map, supportsDate: true, supportsTime: true);
        }

        if (IsCurrent(map))
        {
            return TemporalClock.Current(map.String("timezone"), context, TemporalClock.Kind.Statement);
        }

        var zoneText = map.String("timezone");
        var zone = zoneText is null ? (TemporalZone?)null : TemporalZone.Parse(zoneText);
        if (map.HasAny("epochSeconds", "epochMillis"))
        {
            return FromEpoch(map, zone ?? new TemporalZone(null, 0));
        }

        var (dateBase, timeBase) = Bases(map);
        var day = DatePart(map, dateBase);
        var nano = TimePart(map, timeBase?.NanoOfDay);
        var baseZone = timeBase?.Zone;
        return TemporalErrors.Guard(
            () =>
            {
                if (zone is not { } target)
                {
                    return (baseZone ?? context.DefaultZone).AtLocal(day, nano, timeBase?.Offset);
                }

                if (baseZone is { } source)
                {
                    // A value selected with its zone moves to the new zone keeping its instant.
                    var placed = source.AtLocal(day, nano, timeBase?.Offset);
                    return target.AtInstant(placed.EpochSecond, placed.Nanosecond);
                }

                return target.AtLocal(day, nano);
            },
            "date time");
    }

    public static CypherDuration Duration(TemporalMap map)
    {
        string[] keys = ["years", "quarters", "months", "weeks", "days", "hours", "minutes", "seconds", "milliseconds", "microseconds", "nanoseconds"];
        Check(map, "duration", keys, []);
        decimal Get(string key) => map.Decimal(key) ?? 0;
        return TemporalErrors.Guard(
            () => CypherDuration.Approximate(
                (Get("years") * 12) + (Get("quarters") * 3) + Get("months"),
                (Get("weeks") * 7) + Get("days"),
                (Get("hours") * 3600) + (Get("minutes") * 60) + Get("seconds"),
                (Get("milliseconds") * 1_000_000) + (Get("microseconds") * 1000) + Get("nanoseconds")),
            "duration");
    }

    /// <summary>The time of a base value: nanosecond of day, its offset when it has one, and its zone.</summary>
    internal readonly record struct TimeSource(long NanoOfDay, int? Offset, TemporalZone? Zone);

    private static (long? Date, TimeSource? Time) Bases(TemporalMap map)
    {
        var date = DateBase(map.Value("date"), "date");
        var time = TimeBase(map.Value("time"), "time");
        if (map.Value("datetime") is { } whole)
        {
            date ??= DateBase(whole, "datetime");
            time ??= TimeBase(whole, "datetime");
        }

        return (date, time);
    }

    private static long? DateBase(object? value, string key) => value switch
    {
        null => null,
        CypherDate d => d.EpochDay,
        CypherLocalDateTime ldt => ldt.EpochDay,
        CypherDateTime dt => dt.EpochDay,
        _ => FailBase<long?>(key, value),
    };

    private static TimeSource? TimeBase(object? value, string key) => value switch
    {
        null => null,
        CypherLocalTime lt => new TimeSource(lt.NanoOfDay, null, null),
        CypherTime t => new TimeSource(t.NanoOfDay, t.OffsetSeconds, new TemporalZone(null, t.OffsetSeconds)),
        CypherLocalDateTime ldt => new TimeSource(ldt.NanoOfDay, null, null),
        CypherDateTime dt => new TimeSource(dt.NanoOfDay, dt.OffsetSeconds, TemporalZone.Of(dt)),
        _ => FailBase<TimeSource?>(key, value),
    };

    private static T FailBase<T>(string key, object value)
    {
        TemporalErrors.InvalidArgumentType($"Cannot select {key} from {CypherValues.TypeName(value)}.");
        return default!;
    }

    /// <summary>The epoch day the date fields describe, filling gaps from the base date.</summary>
    internal static long DatePart(TemporalMap map, long? baseDay)
    {
        var year = map.Long("year");
        if (year is { } y && (y < IsoCalendar.MinYear || y > IsoCalendar.MaxYear))
        {
            TemporalErrors.InvalidArgumentValue($"Invalid value for year: {y}.");
        }

        var month = map.Int("month", 1, 12);
        var day = map.Int("day", 1, 31);
        var week = map.Int("week", 1, 53);
        var dayOfWeek = map.Int("dayOfWeek", 1, 7);
        var ordinalDay = map.Int("ordinalDay", 1, 366);
        var quarter = map.Int("quarter", 1, 4);
        var dayOfQuarter = map.Int("dayOfQuarter", 1, 92);

        if (baseDay is null && year is null)
        {
            if (month is not null || day is not null || week is not null || dayOfWeek is not null || ordinalDay is not null || quarter is not null || dayOfQuarter is not null)
            {
                TemporalErrors.InvalidArgumentValue("A date needs a year (or a base date to select from).");
            }

            return 0;
        }

        bool ok;
        long epochDay;
        if (week is not null || (dayOfWeek is not null && month is null && day is null && ordinalDay is null && quarter is null))
        {
            var (baseWeekYear, baseWeek) = baseDay is { } b ? IsoCalendar.WeekOf(b) : (0, 1);
            if (week is null && baseDay is null)
            {
                TemporalErrors.InvalidArgumentValue("dayOfWeek needs a week.");
            }

            var dow = dayOfWeek ?? (baseDay is { } bd ? IsoCalendar.DayOfWeek(bd) : 1);
            ok = IsoCalendar.TryWeekDate(year ?? baseWeekYear, week ?? baseWeek, dow, out epochDay);
        }
        else if (ordinalDay is not null)
        {
            ok = IsoCalendar.TryOrdinalDate(year ?? YearOf(baseDay!.Value), ordinalDay.Value, out epochDay);
        }
        else if (quarter is not null || dayOfQuarter is not null)
        {
            var (baseYear, baseQuarter, baseDayOfQuarter) = baseDay is { } b ? QuarterOf(b) : (0L, 1, 1);
            if (quarter is null && baseDay is null)
            {
                TemporalErrors.InvalidArgumentValue("dayOfQuarter needs a quarter.");
            }

            ok = IsoCalendar.TryQuarterDate(year ?? baseYear, quarter ?? baseQuarter, dayOfQuarter ?? (baseDay is null ? 1 : baseDayOfQuarter), out epochDay);
        }
        else
        {
            if (baseDay is null && day is not null && month is null)
            {
                TemporalErrors.InvalidArgumentValue("A day needs a month.");
            }

            var (baseYear, baseMonth, baseDayOfMonth) = baseDay is { } b ? IsoCalendar.FromEpochDay(b) : (0, 1, 1);
            ok = IsoCalendar.TryDate(year ?? baseYear, month ?? baseMonth, day ?? baseDayOfMonth, out epochDay);
        }

        if (!ok)
        {
            TemporalErrors.InvalidArgumentValue("The fields do not name a valid date.");
        }

        return epochDay;
    }

    /// <summary>The nanosecond of day the time fields describe, filling gaps from the base time.</summary>
    internal static long TimePart(TemporalMap map, long? baseNano, bool addSubsecond = false)
    {
        var hour = map.Int("hour", 0, 23);
        var minute = map.Int("minute", 0, 59);
        var second = map.Int("second", 0, 59);
        var milli = map.Int("millisecond", 0, 999);
        var micro = map.Int("microsecond", 0, milli is null ? 999_999 : 999);
        var nano = map.Int("nanosecond", 0, micro is not null ? 999 : milli is not null ? 999_999 : 999_999_999);
        var hasSub = milli is not null || micro is not null || nano is not null;

        if (baseNano is null)
        {
            if ((minute is not null && hour is null) || (second is not null && minute is null) || (hasSub && second is null))
            {
                TemporalErrors.InvalidArgumentValue("A time field needs the larger fields before it (hour, minute, second).");
            }

            baseNano = 0;
        }

        var b = baseNano.Value;
        var h = hour ?? (int)(b / (3600 * IsoCalendar.NanosPerSecond));
        var m = minute ?? (int)(b / (60 * IsoCalendar.NanosPerSecond) % 60);
        var s = second ?? (int)(b / IsoCalendar.NanosPerSecond % 60);
        var given = ((milli ?? 0) * 1_000_000L) + ((micro ?? 0) * 1000L) + (nano ?? 0);
        var kept = b % IsoCalendar.NanosPerSecond;
        var subsecond = addSubsecond ? kept + given : hasSub ? given : kept;
        if (subsecond >= IsoCalendar.NanosPerSecond)
        {
            TemporalErrors.InvalidArgumentValue("The sub-second fields add up to more than a second.");
        }

        return (((h * 3600L) + (m * 60L) + s) * IsoCalendar.NanosPerSecond) + subsecond;
    }

    private static CypherDateTime FromEpoch(TemporalMap map, TemporalZone zone)
    {
        var seconds = map.Long("epochSeconds");
        var millis = map.Long("epochMillis");
        var extra = ((map.Long("millisecond") ?? 0) * 1_000_000L) + ((map.Long("microsecond") ?? 0) * 1000L) + (map.Long("nanosecond") ?? 0);
        long epochSecond;
        long nano;
        if (seconds is { } s)
        {
            epochSecond = s;
            nano = extra;
        }
        else
        {
            epochSecond = IsoCalendar.FloorDiv(millis!.Value, 1000);
            nano = (IsoCalendar.FloorMod(millis.Value, 1000) * 1_000_000L) + extra;
        }

        epochSecond += IsoCalendar.FloorDiv(nano, IsoCalendar.NanosPerSecond);
        nano = IsoCalendar.FloorMod(nano, IsoCalendar.NanosPerSecond);
        var (sec, n) = (epochSecond, (int)nano);
        return TemporalErrors.Guard(() => zone.AtInstant(sec, n), "date time");
    }

    private static long YearOf(long epochDay) => IsoCalendar.FromEpochDay(epochDay).Year;

    private static (long Year, int Quarter, int DayOfQuarter) QuarterOf(long epochDay)
    {
        var (year, month, _) = IsoCalendar.FromEpochDay(epochDay);
        var quarter = ((month - 1) / 3) + 1;
        return (year, quarter, (int)(epochDay - IsoCalendar.EpochDay(year, ((quarter - 1) * 3) + 1, 1)) + 1);
    }

    private static int ZoneOffsetNow(TemporalZone zone, TemporalContext context) =>
        zone.OffsetAt(TemporalContext.ToInstant(context.StatementTime).EpochSecond);

    /// <summary>A map with nothing but a time zone asks for the current time there.</summary>
    private static bool IsCurrent(TemporalMap map)
    {
        foreach (var key in map.Keys)
        {
            if (!string.Equals(key, "timezone", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private static void Check(TemporalMap map, string function, string[] fields, string[] extra)
    {
        foreach (var key in map.Keys)
        {
            if (!fields.Contains(key, StringComparer.OrdinalIgnoreCase) && !extra.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                TemporalErrors.InvalidArgumentValue($"{function}() does not take the field '{key}'.");
            }
        }
    }
}
