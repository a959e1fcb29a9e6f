using System.Text;

namespace Chile1973.Graph.Core.Values.Temporal;

/// <summary>
/// A Cypher DATETIME: a local date-time with its UTC offset and, when it was given one, an IANA zone
/// (<c>Europe/Stockholm</c>) whose rules decided that offset. Ordered by instant.
/// </summary>
public sealed record CypherDateTime : OrderedTemporal<CypherDateTime>
{
    /// <summary>Creates a date-time from validated parts; use the <c>Of*</c> factories to resolve zones.</summary>
    public CypherDateTime(long epochDay, long nanoOfDay, int offsetSeconds, string? zoneId = null)
    {
        EpochDay = IsoCalendar.CheckEpochDay(epochDay);
        NanoOfDay = new CypherLocalTime(nanoOfDay).NanoOfDay;
        OffsetSeconds = Math.Abs(offsetSeconds) <= TimeZones.MaxOffsetSeconds
            ? offsetSeconds
            : throw new ArgumentOutOfRangeException(nameof(offsetSeconds), offsetSeconds, "An offset is at most 18 hours.");
        ZoneId = zoneId;
    }

    /// <summary>Days since 1970-01-01 of the local date.</summary>
    public long EpochDay { get; }

    /// <summary>Nanoseconds since local midnight.</summary>
    public long NanoOfDay { get; }

    /// <summary>Offset from UTC in seconds at this moment.</summary>
    public int OffsetSeconds { get; }

    /// <summary>The IANA zone id, or null for a fixed offset.</summary>
    public string? ZoneId { get; }

    /// <summary>The local date.</summary>
    public CypherDate Date => new(EpochDay);

    /// <summary>The local time of day.</summary>
    public CypherLocalTime LocalTime => new(NanoOfDay);

    /// <summary>The local date and time.</summary>
    public CypherLocalDateTime LocalDateTime => new(EpochDay, NanoOfDay);

    /// <summary>The time of day with its offset.</summary>
    public CypherTime Time => new(NanoOfDay, OffsetSeconds);

    /// <summary>Seconds since 1970-01-01T00:00Z.</summary>
    public long EpochSecond => (EpochDay * IsoCalendar.SecondsPerDay) + (NanoOfDay / IsoCalendar.NanosPerSecond) - OffsetSeconds;

    /// <summary>The nanosecond of the second.</summary>
    public int Nanosecond => (int)(NanoOfDay % IsoCalendar.NanosPerSecond);

    /// <summary>The zone as Cypher names it: the region id, or the offset id (<c>+01:00</c>, <c>Z</c>).</summary>
    public string TimeZone => ZoneId ?? TemporalText.OffsetId(OffsetSeconds);

    /// <summary>A local date-time at a fixed offset.</summary>
    public static CypherDateTime OfOffset(long epochDay, long nanoOfDay, int offsetSeconds) => new(epochDay, nanoOfDay, offsetSeconds);

    /// <summary>A local date-time in a region, the offset chosen java.time's way (gaps move forward, overlaps keep the preferred offset).</summary>
    public static CypherDateTime OfLocal(long epochDay, long nanoOfDay, string zoneId, int? preferredOffset = null)
    {
        var (day, nano, offset) = TimeZones.ResolveLocal(zoneId, epochDay, nanoOfDay, preferredOffset);
        return new CypherDateTime(day, nano, offset, zoneId);
    }

    /// <summary>The date-time of an instant in a region, or at a fixed offset when <paramref name="zoneId"/> is null.</summary>
    public static CypherDateTime OfInstant(long epochSecond, int nanosecond, string? zoneId, int fixedOffsetSeconds = 0)
    {
        var offset = zoneId is null ? fixedOffsetSeconds : TimeZones.OffsetAt(zoneId, epochSecond);
        var local = epochSecond + offset;
        var day = IsoCalendar.FloorDiv(local, IsoCalendar.SecondsPerDay);
        var nano = (IsoCalendar.FloorMod(local, IsoCalendar.SecondsPerDay) * IsoCalendar.NanosPerSecond) + nanosecond;
        return new CypherDateTime(day, nano, offset, zoneId);
    }

    /// <summary>Whether the offset is one the named zone uses at this local date-time (false when it keeps an offset the rules do not give).</summary>
    public bool OffsetMatchesZone => ZoneId is null || TimeZones.ResolveLocal(ZoneId, EpochDay, NanoOfDay, OffsetSeconds).OffsetSeconds == OffsetSeconds;

    /// <summary>
    /// Parses an ISO date-time with optional offset and zone: <c>2015-07-21T21:40:32.142+0100</c>,
    /// <c>2015-07-21T21:40:32.142+02:00[Europe/Stockholm]</c>, <c>2015-07-21T21:40[Europe/London]</c>; none means UTC.
    /// </summary>
    public static CypherDateTime Parse(string text) => Parse(text, "Z");

    /// <summary>Parses an ISO date-time; without offset or zone it is placed in <paramref name="defaultZone"/> (a region id or an offset).</summary>
    public static CypherDateTime Parse(string text, string defaultZone)
    {
        var (day, nano, zone) = IsoParser.ParseDateTime(text);
        if (zone.RegionId is { } region)
        {
            if (TimeZones.TryParseOffset(region, out var regionOffset))
            {
                return new CypherDateTime(day, nano, regionOffset);
            }

            if (!TimeZones.IsKnownRegion(region))
            {
                throw new FormatException($"Text '{text}' names an unknown time zone '{region}'.");
            }

            var placed = OfLocal(day, nano, region, zone.OffsetSeconds);

            // Text that names both keeps its offset even where this machine's tz rules differ (historical
            // offsets, newer tz data), so values read from another database come back unchanged.
            return zone.OffsetSeconds is { } given && given != placed.OffsetSeconds
                ? new CypherDateTime(day, nano, given, region)
                : placed;
        }

        if (zone.OffsetSeconds is { } offset)
        {
            return new CypherDateTime(day, nano, offset);
        }

        return TimeZones.TryParseOffset(defaultZone, out var defaultOffset)
            ? new CypherDateTime(day, nano, defaultOffset)
            : OfLocal(day, nano, defaultZone);
    }

    // Instants, then offsets, then zones (fixed offsets before regions, regions by name), as Neo4j orders them.
    private protected override int CompareWith(CypherDateTime other)
    {
        var c = EpochSecond.CompareTo(other.EpochSecond);
        if (c == 0)
        {
            c = Nanosecond.CompareTo(other.Nanosecond);
        }

        if (c == 0)
        {
            c = OffsetSeconds.CompareTo(other.OffsetSeconds);
        }

        if (c == 0)
        {
            c = (ZoneId is null).CompareTo(other.ZoneId is null) * -1;
        }

        return c != 0 ? c : string.CompareOrdinal(ZoneId, other.ZoneId);
    }

    // As java.time prints it: 2015-07-21T21:40:32.142+02:00[Europe/Stockholm], 1984-10-11T12:00Z.
    private protected override void AppendText(StringBuilder text)
    {
        TemporalText.AppendDateTime(text, EpochDay, NanoOfDay);
        TemporalText.AppendOffset(text, OffsetSeconds);
        if (ZoneId is not null)
        {
            text.Append('[').Append(ZoneId).Append(']');
        }
    }
}
