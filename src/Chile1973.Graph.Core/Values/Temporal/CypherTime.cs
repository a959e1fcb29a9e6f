using System.Text;

namespace Chile1973.Graph.Core.Values.Temporal;

/// <summary>A Cypher TIME: a time of day with a fixed UTC offset, to the nanosecond.</summary>
public sealed record CypherTime : OrderedTemporal<CypherTime>
{
    /// <summary>Creates a time from nanoseconds since midnight and an offset in seconds.</summary>
    public CypherTime(long nanoOfDay, int offsetSeconds)
    {
        NanoOfDay = new CypherLocalTime(nanoOfDay).NanoOfDay;
        OffsetSeconds = Math.Abs(offsetSeconds) <= TimeZones.MaxOffsetSeconds
            ? offsetSeconds
            : throw new ArgumentOutOfRangeException(nameof(offsetSeconds), offsetSeconds, "An offset is at most 18 hours.");
    }

    /// <summary>Nanoseconds since local midnight.</summary>
    public long NanoOfDay { get; }

    /// <summary>Offset from UTC in seconds.</summary>
    public int OffsetSeconds { get; }

    /// <summary>The local time of day.</summary>
    public CypherLocalTime LocalTime => new(NanoOfDay);

    /// <summary>Parses an ISO time with optional offset (<c>21:40:32.142+0100</c>, <c>214032Z</c>); no offset means UTC.</summary>
    public static CypherTime Parse(string text) => Parse(text, 0);

    /// <summary>Parses an ISO time with optional offset; no offset means <paramref name="defaultOffsetSeconds"/>.</summary>
    public static CypherTime Parse(string text, int defaultOffsetSeconds)
    {
        var (nano, zone) = IsoParser.ParseTime(text);
        return new CypherTime(nano, zone.OffsetSeconds ?? defaultOffsetSeconds);
    }

    /// <summary>The moment in the UTC day, in nanoseconds (may fall outside 0..24h).</summary>
    public long UtcNanoOfDay => NanoOfDay - (OffsetSeconds * IsoCalendar.NanosPerSecond);

    // The moments in UTC, then the offsets.
    private protected override int CompareWith(CypherTime other)
    {
        var byMoment = UtcNanoOfDay.CompareTo(other.UtcNanoOfDay);
        return byMoment != 0 ? byMoment : OffsetSeconds.CompareTo(other.OffsetSeconds);
    }

    // As java.time prints it: 12:00Z, 12:31:14.645876123+01:00.
    private protected override void AppendText(StringBuilder text)
    {
        TemporalText.AppendTime(text, NanoOfDay);
        TemporalText.AppendOffset(text, OffsetSeconds);
    }
}
