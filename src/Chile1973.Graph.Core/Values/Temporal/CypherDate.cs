using System.Text;

namespace Chile1973.Graph.Core.Values.Temporal;

/// <summary>A Cypher DATE: a calendar date without time or zone, as days since 1970-01-01.</summary>
public sealed record CypherDate : OrderedTemporal<CypherDate>
{
    /// <summary>Creates a date from its day number, checking java.time's year range.</summary>
    public CypherDate(long epochDay) => EpochDay = IsoCalendar.CheckEpochDay(epochDay);

    /// <summary>Days since 1970-01-01 (negative before).</summary>
    public long EpochDay { get; }

    /// <summary>The year.</summary>
    public long Year => IsoCalendar.FromEpochDay(EpochDay).Year;

    /// <summary>The month, 1 to 12.</summary>
    public int Month => IsoCalendar.FromEpochDay(EpochDay).Month;

    /// <summary>The day of month, 1 to 31.</summary>
    public int Day => IsoCalendar.FromEpochDay(EpochDay).Day;

    /// <summary>A date from year, month and day; throws when it does not exist.</summary>
    public static CypherDate Of(long year, int month, int day) => IsoCalendar.TryDate(year, month, day, out var epochDay)
        ? new CypherDate(epochDay)
        : throw new ArgumentOutOfRangeException(nameof(day), $"Invalid date {year}-{month}-{day}.");

    /// <summary>Parses an ISO date: <c>2015-07-21</c>, <c>20150721</c>, <c>2015-07</c>, <c>2015-W30-2</c>, <c>2015-202</c>, <c>2015</c>.</summary>
    public static CypherDate Parse(string text) => new(IsoParser.ParseDate(text));

    private protected override int CompareWith(CypherDate other) => EpochDay.CompareTo(other.EpochDay);

    // As java.time prints it: 1984-10-11, +10000-01-01, -0001-01-01.
    private protected override void AppendText(StringBuilder text) => TemporalText.AppendDate(text, EpochDay);
}
