namespace Chile1973.Graph.Cypher.Functions.Temporal;

/// <summary>
/// What the temporal functions need from the running statement: the clock reading taken once when the
/// statement started (so <c>datetime()</c> is the same in every row), the default time zone, and a live clock
/// for the <c>*.realtime()</c> variants.
/// </summary>
public sealed class TemporalContext
{
    /// <summary>Creates a context.</summary>
    /// <param name="statementTime">The statement's clock reading.</param>
    /// <param name="defaultTimeZone">An IANA region id or an offset (<c>Z</c>, <c>+01:00</c>); UTC when omitted.</param>
    /// <param name="realtimeClock">The live clock; the system clock when omitted.</param>
    public TemporalContext(DateTimeOffset statementTime, string defaultTimeZone = "Z", Func<DateTimeOffset>? realtimeClock = null)
    {
        StatementTime = statementTime;
        DefaultTimeZone = TemporalZone.TryParse(defaultTimeZone, out _)
            ? defaultTimeZone
            : throw new ArgumentException($"Unknown time zone '{defaultTimeZone}'.", nameof(defaultTimeZone));
        RealtimeClock = realtimeClock ?? (static () => DateTimeOffset.UtcNow);
    }

    /// <summary>The statement's clock reading (also used as the transaction's: each statement runs in its own).</summary>
    public DateTimeOffset StatementTime { get; }

    /// <summary>The zone used when a value needs one and none was given.</summary>
    public string DefaultTimeZone { get; }

    /// <summary>The live clock.</summary>
    public Func<DateTimeOffset> RealtimeClock { get; }

    /// <summary>A context reading the system clock now, in UTC.</summary>
    public static TemporalContext Now() => new(DateTimeOffset.UtcNow);

    internal TemporalZone DefaultZone => TemporalZone.Parse(DefaultTimeZone);

    internal static (long EpochSecond, int Nano) ToInstant(DateTimeOffset time)
    {
        var ticks = time.UtcTicks - DateTime.UnixEpoch.Ticks;
        var seconds = IsoCalendar.FloorDiv(ticks, TimeSpan.TicksPerSecond);
        return (seconds, (int)(IsoCalendar.FloorMod(ticks, TimeSpan.TicksPerSecond) * 100));
    }
}
