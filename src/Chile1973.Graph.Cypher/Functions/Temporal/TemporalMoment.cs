namespace Chile1973.Graph.Cypher.Functions.Temporal;

/// <summary>
/// Any temporal value seen as optional parts (date, time, offset, zone), so two values of different types can be
/// completed from each other the way Neo4j does before measuring the duration between them.
/// </summary>
internal readonly record struct TemporalMoment(long? Day, long? Nano, int? Offset, TemporalZone? Zone)
{
    public bool HasDate => Day is not null;

    public static TemporalMoment Of(object value) => value switch
    {
        CypherDate d => new TemporalMoment(d.EpochDay, null, null, null),
        CypherLocalTime lt => new TemporalMoment(null, lt.NanoOfDay, null, null),
        CypherTime t => new TemporalMoment(null, t.NanoOfDay, t.OffsetSeconds, new TemporalZone(null, t.OffsetSeconds)),
        CypherLocalDateTime ldt => new TemporalMoment(ldt.EpochDay, ldt.NanoOfDay, null, null),
        CypherDateTime dt => new TemporalMoment(dt.EpochDay, dt.NanoOfDay, dt.OffsetSeconds, TemporalZone.Of(dt)),
        _ => Fail(value),
    };

    private static TemporalMoment Fail(object value)
    {
        TemporalErrors.InvalidArgumentType($"Expected a temporal value, not {CypherValues.TypeName(value)}.");
        return default;
    }

    /// <summary>Completes each side from the other: a missing time is midnight, a missing date or zone is the other's.</summary>
    public static (TemporalMoment From, TemporalMoment To) Align(TemporalMoment start, TemporalMoment end, bool timeBased)
    {
        if (timeBased || (start.Nano is not null && end.Nano is null) || (end.Nano is not null && start.Nano is null))
        {
            start = start with { Nano = start.Nano ?? 0 };
            end = end with { Nano = end.Nano ?? 0 };
        }

        if (start.HasDate && !end.HasDate)
        {
            end = end with { Day = start.Day };
        }
        else if (end.HasDate && !start.HasDate)
        {
            start = start with { Day = end.Day };
        }

        if (start.Zone is not null && end.Zone is null)
        {
            end = end.InZone(start.Zone.Value);
        }
        else if (end.Zone is not null && start.Zone is null)
        {
            start = start.InZone(end.Zone.Value);
        }

        return (start, end);
    }

    private TemporalMoment InZone(TemporalZone zone)
    {
        if (Day is { } day && Nano is { } nano)
        {
            var placed = zone.AtLocal(day, nano);
            return new TemporalMoment(placed.EpochDay, placed.NanoOfDay, placed.OffsetSeconds, zone);
        }

        return this with { Offset = zone.Region is null ? zone.FixedOffset : zone.OffsetAt(0), Zone = zone };
    }

    /// <summary>The moment in UTC nanoseconds (or local nanoseconds when it has no offset).</summary>
    public Int128 TotalNanos()
    {
        Int128 total = ((Int128)(Day ?? 0) * IsoCalendar.NanosPerDay) + (Nano ?? 0);
        return total - ((Int128)(Offset ?? 0) * IsoCalendar.NanosPerSecond);
    }

    /// <summary>This moment seen in another moment's zone, for date-based differences of zoned values.</summary>
    public TemporalMoment SeenFrom(TemporalMoment other)
    {
        if (Zone is null || other.Zone is not { } zone || Day is null || Nano is null)
        {
            if (Offset is { } mine && other.Offset is { } theirs && Nano is { } n)
            {
                return this with { Nano = IsoCalendar.FloorMod(n + ((theirs - mine) * IsoCalendar.NanosPerSecond), IsoCalendar.NanosPerDay), Offset = theirs };
            }

            return this;
        }

        var epochSecond = (Day.Value * IsoCalendar.SecondsPerDay) + (Nano.Value / IsoCalendar.NanosPerSecond) - (Offset ?? 0);
        var moved = zone.AtInstant(epochSecond, (int)(Nano.Value % IsoCalendar.NanosPerSecond));
        return new TemporalMoment(moved.EpochDay, moved.NanoOfDay, moved.OffsetSeconds, zone);
    }

    public TemporalMoment PlusMonths(long months) => Resolve(IsoCalendar.PlusMonths(Day!.Value, months));

    public TemporalMoment PlusDays(long days) => Resolve(checked(Day!.Value + days));

    private TemporalMoment Resolve(long newDay)
    {
        if (Zone is { } zone && Nano is { } nano)
        {
            var placed = zone.AtLocal(newDay, nano, Offset);
            return new TemporalMoment(placed.EpochDay, placed.NanoOfDay, placed.OffsetSeconds, zone);
        }

        return this with { Day = newDay };
    }
}
