using System.Text;

namespace Chile1973.Graph.Core.Values.Temporal;

/// <summary>A Cypher TIME: a time of day with a fixed UTC offset, to the nanosecond.</summary>
public sealed record CypherTime : IComparable<CypherTime>, IComparable
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

    /// <summary>Compares the moments in UTC, then the offsets.</summary>
    public int CompareTo(CypherTime? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byMoment = UtcNanoOfDay.CompareTo(other.UtcNanoOfDay);
        return byMoment != 0 ? byMoment : OffsetSeconds.CompareTo(other.OffsetSeconds);
    }

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj is CypherTime other ? CompareTo(other) : throw new ArgumentException("Not a time.", nameof(obj));

    /// <summary>The time as java.time prints it: <c>12:00Z</c>, <c>12:31:14.645876123+01:00</c>.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder(24);
        TemporalText.AppendTime(sb, NanoOfDay);
        TemporalText.AppendOffset(sb, OffsetSeconds);
        return sb.ToString();
    }

    /// <summary>Orders times.</summary>
    public static bool operator <(CypherTime left, CypherTime right) => left.CompareTo(right) < 0;

    /// <summary>Orders times.</summary>
    public static bool operator >(CypherTime left, CypherTime right) => left.CompareTo(right) > 0;

    /// <summary>Orders times.</summary>
    public static bool operator <=(CypherTime left, CypherTime right) => left.CompareTo(right) <= 0;

    /// <summary>Orders times.</summary>
    public static bool operator >=(CypherTime left, CypherTime right) => left.CompareTo(right) >= 0;
}
