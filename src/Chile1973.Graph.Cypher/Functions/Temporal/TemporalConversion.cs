namespace Chile1973.Graph.Cypher.Functions.Temporal;

/// <summary>One temporal value turned into another type: <c>date(datetime)</c>, <c>localtime(time)</c>, <c>datetime(localdatetime)</c>.</summary>
internal static class TemporalConversion
{
    public static CypherDate ToDate(object value) => value switch
    {
        CypherDate d => d,
        CypherLocalDateTime ldt => ldt.Date,
        CypherDateTime dt => dt.Date,
        _ => Fail<CypherDate>("date", value),
    };

    public static CypherLocalTime ToLocalTime(object value) => value switch
    {
        CypherLocalTime lt => lt,
        CypherTime t => t.LocalTime,
        CypherLocalDateTime ldt => ldt.Time,
        CypherDateTime dt => dt.LocalTime,
        _ => Fail<CypherLocalTime>("localtime", value),
    };

    public static CypherTime ToTime(object value, TemporalContext context) => value switch
    {
        CypherTime t => t,
        CypherDateTime dt => dt.Time,
        CypherLocalTime lt => new CypherTime(lt.NanoOfDay, DefaultOffset(context)),
        CypherLocalDateTime ldt => new CypherTime(ldt.NanoOfDay, DefaultOffset(context)),
        _ => Fail<CypherTime>("time", value),
    };

    public static CypherLocalDateTime ToLocalDateTime(object value) => value switch
    {
        CypherLocalDateTime ldt => ldt,
        CypherDateTime dt => dt.LocalDateTime,
        CypherDate d => new CypherLocalDateTime(d.EpochDay, 0),
        _ => Fail<CypherLocalDateTime>("localdatetime", value),
    };

    public static CypherDateTime ToDateTime(object value, TemporalContext context) => value switch
    {
        CypherDateTime dt => dt,
        CypherLocalDateTime ldt => context.DefaultZone.AtLocal(ldt.EpochDay, ldt.NanoOfDay),
        CypherDate d => context.DefaultZone.AtLocal(d.EpochDay, 0),
        _ => Fail<CypherDateTime>("datetime", value),
    };

    private static int DefaultOffset(TemporalContext context) =>
        context.DefaultZone.OffsetAt(TemporalContext.ToInstant(context.StatementTime).EpochSecond);

    private static T Fail<T>(string function, object value)
    {
        TemporalErrors.InvalidArgumentType($"{function}() cannot take a {CypherValues.TypeName(value)} ({CypherValues.ToLiteral(value)}).");
        return default!;
    }
}
