using System.Text;

namespace Chile1973.Graph.Core.Values.Temporal;

/// <summary>A Cypher LOCAL TIME: a time of day without zone, to the nanosecond.</summary>
public sealed record CypherLocalTime : OrderedTemporal<CypherLocalTime>
{
    /// <summary>Creates a time from nanoseconds since midnight.</summary>
    public CypherLocalTime(long nanoOfDay) => NanoOfDay = nanoOfDay is >= 0 and < IsoCalendar.NanosPerDay
        ? nanoOfDay
        : throw new ArgumentOutOfRangeException(nameof(nanoOfDay), nanoOfDay, "A time of day is at least 0 and less than 24 hours.");

    /// <summary>Nanoseconds since midnight.</summary>
    public long NanoOfDay { get; }

    /// <summary>The hour, 0 to 23.</summary>
    public int Hour => (int)(NanoOfDay / (3600 * IsoCalendar.NanosPerSecond));

    /// <summary>The minute, 0 to 59.</summary>
    public int Minute => (int)(NanoOfDay / (60 * IsoCalendar.NanosPerSecond) % 60);

    /// <summary>The second, 0 to 59.</summary>
    public int Second => (int)(NanoOfDay / IsoCalendar.NanosPerSecond % 60);

    /// <summary>The nanosecond of the second.</summary>
    public int Nanosecond => (int)(NanoOfDay % IsoCalendar.NanosPerSecond);

    /// <summary>A time from its fields; throws when a field is out of range.</summary>
    public static CypherLocalTime Of(int hour, int minute = 0, int second = 0, int nanosecond = 0) =>
        hour is < 0 or > 23 || minute is < 0 or > 59 || second is < 0 or > 59 || nanosecond is < 0 or > 999_999_999
            ? throw new ArgumentOutOfRangeException(nameof(hour), $"Invalid time {hour}:{minute}:{second}.{nanosecond}.")
            : new CypherLocalTime((((hour * 3600L) + (minute * 60L) + second) * IsoCalendar.NanosPerSecond) + nanosecond);

    /// <summary>Parses an ISO local time: <c>21:40:32.142</c>, <c>214032</c>, <c>21:40</c>, <c>21</c>.</summary>
    public static CypherLocalTime Parse(string text) => new(IsoParser.ParseLocalTime(text));

    private protected override int CompareWith(CypherLocalTime other) => NanoOfDay.CompareTo(other.NanoOfDay);

    // As java.time prints it: 12:00, 12:31:14, 12:31:14.645876.
    private protected override void AppendText(StringBuilder text) => TemporalText.AppendTime(text, NanoOfDay);
}
