namespace Chile1973.Graph.Cypher.Functions.Temporal;

/// <summary>
/// <c>date.truncate(unit, value[, map])</c> and its siblings: cut a temporal down to the start of a unit
/// (millennium ... microsecond), then set the fields the map gives (time fields below the unit add on).
/// </summary>
internal static class TemporalTruncation
{
    private enum Unit
    {
        Microsecond,
        Millisecond,
        Second,
        Minute,
        Hour,
        Day,
        Week,
        Month,
        Quarter,
        WeekYear,
        Year,
        Decade,
        Century,
        Millennium,
    }

    public static object? Truncate(string target, ReadOnlySpan<object?> args, TemporalContext context)
    {
        if (args.Length is < 2 or > 3)
        {
            TemporalErrors.InvalidArgumentValue($"{target}.truncate() takes a unit, a temporal value and an optional map.");
        }

        if (args[0] is null || args[1] is null)
        {
            return null;
        }

        if (args[0] is not string unitText)
        {
            TemporalErrors.InvalidArgumentType($"{target}.truncate() needs the unit as a string.");
            return null;
        }

        var unit = ParseUnit(unitText);
        var map = args.Length == 3 && args[2] is not null
            ? new TemporalMap(args[2] as IReadOnlyDictionary<string, object?> ?? FailMap(target))
            : new TemporalMap(new Dictionary<string, object?>());

        var (day, nano, zone, offset) = Parts(args[1]!, target);
        var wantsDate = target is "date" or "localdatetime" or "datetime";
        if (wantsDate && day is null)
        {
            TemporalErrors.InvalidArgumentValue($"{target}.truncate() needs a value with a date, not {CypherValues.TypeName(args[1])}.");
        }

        if (target == "date" && unit < Unit.Day)
        {
            TemporalErrors.InvalidArgumentValue($"A date cannot be truncated to the {unitText}.");
        }

        if (!wantsDate && unit > Unit.Day)
        {
            TemporalErrors.InvalidArgumentValue($"A time cannot be truncated to the {unitText}.");
        }

        if (!wantsDate && nano is null)
        {
            TemporalErrors.InvalidArgumentValue($"{target}.truncate() needs a value with a time, not {CypherValues.TypeName(args[1])}.");
        }

        var truncatedDay = day is { } d ? TruncateDate(d, unit) : 0;
        var truncatedNano = unit >= Unit.Day ? 0 : TruncateTime(nano ?? 0, unit);
        if (wantsDate)
        {
            truncatedDay = TemporalBuilder.DatePart(map, truncatedDay);
        }

        if (target != "date")
        {
            truncatedNano = TemporalBuilder.TimePart(map, truncatedNano, addSubsecond: true);
        }

        var zoneText = map.String("timezone");
        var newZone = zoneText is null ? (TemporalZone?)null : TemporalZone.Parse(zoneText);
        switch (target)
        {
            case "date":
                return new CypherDate(truncatedDay);
            case "localdatetime":
                return new CypherLocalDateTime(truncatedDay, truncatedNano);
            case "localtime":
                return new CypherLocalTime(truncatedNano);
            case "datetime":
                {
                    var z = newZone ?? zone ?? context.DefaultZone;
                    var preferred = newZone is null ? offset : null;
                    var (dd, nn) = (truncatedDay, truncatedNano);
                    return TemporalErrors.Guard(() => z.AtLocal(dd, nn, preferred), "date time");
                }

            default:
                {
                    var z = newZone ?? zone ?? context.DefaultZone;
                    var timeOffset = newZone is null && offset is { } o
                        ? o
                        : z.OffsetAt(TemporalContext.ToInstant(context.StatementTime).EpochSecond);
                    return new CypherTime(truncatedNano, timeOffset);
                }
        }
    }

    private static IReadOnlyDictionary<string, object?> FailMap(string target)
    {
        TemporalErrors.InvalidArgumentType($"{target}.truncate() takes a map as its third argument.");
        return null!;
    }

    private static (long? Day, long? Nano, TemporalZone? Zone, int? Offset) Parts(object value, string target) => value switch
    {
        CypherDate d => (d.EpochDay, null, null, null),
        CypherLocalTime lt => (null, lt.NanoOfDay, null, null),
        CypherTime t => (null, t.NanoOfDay, new TemporalZone(null, t.OffsetSeconds), t.OffsetSeconds),
        CypherLocalDateTime ldt => (ldt.EpochDay, ldt.NanoOfDay, null, null),
        CypherDateTime dt => (dt.EpochDay, dt.NanoOfDay, TemporalZone.Of(dt), dt.OffsetSeconds),
        _ => Fail(target, value),
    };

    private static (long?, long?, TemporalZone?, int?) Fail(string target, object value)
    {
        TemporalErrors.InvalidArgumentType($"{target}.truncate() cannot truncate a {CypherValues.TypeName(value)}.");
        return default;
    }

    private static Unit ParseUnit(string text)
    {
        foreach (var unit in Enum.GetValues<Unit>())
        {
            if (string.Equals(unit.ToString(), text, StringComparison.OrdinalIgnoreCase))
            {
                return unit;
            }
        }

        TemporalErrors.InvalidArgumentValue($"Unknown truncation unit '{text}'.");
        return default;
    }

    private static long TruncateDate(long epochDay, Unit unit)
    {
        var (year, month, _) = IsoCalendar.FromEpochDay(epochDay);
        return unit switch
        {
            Unit.Millennium => IsoCalendar.EpochDay(IsoCalendar.FloorDiv(year, 1000) * 1000, 1, 1),
            Unit.Century => IsoCalendar.EpochDay(IsoCalendar.FloorDiv(year, 100) * 100, 1, 1),
            Unit.Decade => IsoCalendar.EpochDay(IsoCalendar.FloorDiv(year, 10) * 10, 1, 1),
            Unit.Year => IsoCalendar.EpochDay(year, 1, 1),
            Unit.WeekYear => IsoCalendar.WeekYearStart(IsoCalendar.WeekOf(epochDay).WeekYear),
            Unit.Quarter => IsoCalendar.EpochDay(year, (((month - 1) / 3) * 3) + 1, 1),
            Unit.Month => IsoCalendar.EpochDay(year, month, 1),
            Unit.Week => epochDay - (IsoCalendar.DayOfWeek(epochDay) - 1),
            _ => epochDay,
        };
    }

    private static long TruncateTime(long nanoOfDay, Unit unit)
    {
        var step = unit switch
        {
            Unit.Hour => 3600 * IsoCalendar.NanosPerSecond,
            Unit.Minute => 60 * IsoCalendar.NanosPerSecond,
            Unit.Second => IsoCalendar.NanosPerSecond,
            Unit.Millisecond => 1_000_000L,
            _ => 1000L,
        };
        return nanoOfDay - (nanoOfDay % step);
    }
}
