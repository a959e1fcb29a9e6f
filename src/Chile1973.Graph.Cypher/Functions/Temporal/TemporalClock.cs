namespace Chile1973.Graph.Cypher.Functions.Temporal;

/// <summary>The current moment for <c>date()</c>, <c>datetime.statement()</c>, <c>localtime.realtime()</c> and friends.</summary>
internal static class TemporalClock
{
    public enum Kind
    {
        Statement,
        Transaction,
        Realtime,
    }

    /// <summary>The current date-time in the named zone, or in the default zone when none is named.</summary>
    public static CypherDateTime Current(string? zoneText, TemporalContext context, Kind kind)
    {
        var zone = zoneText is null ? context.DefaultZone : TemporalZone.Parse(zoneText);
        var time = kind == Kind.Realtime ? context.RealtimeClock() : context.StatementTime;
        var (seconds, nano) = TemporalContext.ToInstant(time);
        return zone.AtInstant(seconds, nano);
    }
}
