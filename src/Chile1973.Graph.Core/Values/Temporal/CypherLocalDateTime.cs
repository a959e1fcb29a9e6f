using System.Text;

namespace Chile1973.Graph.Core.Values.Temporal;

/// <summary>A Cypher LOCAL DATETIME: a date and time of day without zone, to the nanosecond.</summary>
public sealed record CypherLocalDateTime : OrderedTemporal<CypherLocalDateTime>
{
    /// <summary>Creates a local date-time from its day number and nanoseconds since midnight.</summary>
    public CypherLocalDateTime(long epochDay, long nanoOfDay)
    {
        EpochDay = IsoCalendar.CheckEpochDay(epochDay);
        NanoOfDay = new CypherLocalTime(nanoOfDay).NanoOfDay;
    }

    /// <summary>Days since 1970-01-01.</summary>
    public long EpochDay { get; }

    /// <summary>Nanoseconds since midnight.</summary>
    public long NanoOfDay { get; }

    /// <summary>The date part.</summary>
    public CypherDate Date => new(EpochDay);

    /// <summary>The time part.</summary>
    public CypherLocalTime Time => new(NanoOfDay);

    /// <summary>Combines a date and a time.</summary>
    public static CypherLocalDateTime Of(CypherDate date, CypherLocalTime time) => new(date.EpochDay, time.NanoOfDay);

    /// <summary>Parses an ISO local date-time (<c>2015-07-21T21:40:32.142</c>, <c>2015-W30-2T214032.142</c>, a date alone).</summary>
    public static CypherLocalDateTime Parse(string text)
    {
        var (day, nano) = IsoParser.ParseLocalDateTime(text);
        return new CypherLocalDateTime(day, nano);
    }

    private protected override int CompareWith(CypherLocalDateTime other)
    {
        var byDay = EpochDay.CompareTo(other.EpochDay);
        return byDay != 0 ? byDay : NanoOfDay.CompareTo(other.NanoOfDay);
    }

    // As java.time prints it: 1984-10-11T12:31:14.645, 1984-10-11T00:00.
    private protected override void AppendText(StringBuilder text) => TemporalText.AppendDateTime(text, EpochDay, NanoOfDay);
}
