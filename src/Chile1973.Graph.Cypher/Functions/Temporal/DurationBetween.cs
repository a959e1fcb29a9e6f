namespace Chile1973.Graph.Cypher.Functions.Temporal;

/// <summary>
/// <c>duration.between</c>, <c>duration.inMonths</c>, <c>duration.inDays</c> and <c>duration.inSeconds</c>:
/// java.time's <c>until</c> on values completed from each other (Neo4j's rules).
/// </summary>
internal static class DurationBetween
{
    public static CypherDuration Between(object from, object to)
    {
        var a = TemporalMoment.Of(from);
        var b = TemporalMoment.Of(to);
        long months = 0;
        long days = 0;
        if (a.HasDate && b.HasDate)
        {
            months = MonthsUntil(a, b);
            a = a.PlusMonths(months);
            days = DaysUntil(a, b);
            a = a.PlusDays(days);
        }

        return FromNanos(months, days, NanosUntil(a, b));
    }

    public static CypherDuration InMonths(object from, object to) => new(MonthsUntil(TemporalMoment.Of(from), TemporalMoment.Of(to)), 0, 0, 0);

    public static CypherDuration InDays(object from, object to) => new(0, DaysUntil(TemporalMoment.Of(from), TemporalMoment.Of(to)), 0, 0);

    public static CypherDuration InSeconds(object from, object to) => FromNanos(0, 0, NanosUntil(TemporalMoment.Of(from), TemporalMoment.Of(to)));

    private static CypherDuration FromNanos(long months, long days, Int128 nanos)
    {
        var seconds = (long)(nanos / IsoCalendar.NanosPerSecond);
        var rest = (long)(nanos % IsoCalendar.NanosPerSecond);
        return new CypherDuration(months, days, seconds, rest);
    }

    private static long MonthsUntil(TemporalMoment from, TemporalMoment to)
    {
        (from, to) = TemporalMoment.Align(from, to, timeBased: false);
        if (!from.HasDate)
        {
            return 0;
        }

        var (start, end) = DateBasedEnds(from, to);
        var (y1, m1, d1) = IsoCalendar.FromEpochDay(start);
        var (y2, m2, d2) = IsoCalendar.FromEpochDay(end);
        var packed1 = (((y1 * 12) + m1 - 1) * 32L) + d1;
        var packed2 = (((y2 * 12) + m2 - 1) * 32L) + d2;
        return (packed2 - packed1) / 32;
    }

    private static long DaysUntil(TemporalMoment from, TemporalMoment to)
    {
        (from, to) = TemporalMoment.Align(from, to, timeBased: false);
        if (!from.HasDate)
        {
            return 0;
        }

        var (start, end) = DateBasedEnds(from, to);
        return end - start;
    }

    /// <summary>The start date and the end date, the end moved a day back (or on) when its time has not yet reached the start's.</summary>
    private static (long Start, long End) DateBasedEnds(TemporalMoment from, TemporalMoment to)
    {
        to = to.SeenFrom(from);
        var start = from.Day!.Value;
        var end = to.Day!.Value;
        if (from.Nano is { } startTime && to.Nano is { } endTime)
        {
            if (end > start && endTime < startTime)
            {
                end--;
            }
            else if (end < start && endTime > startTime)
            {
                end++;
            }
        }

        return (start, end);
    }

    private static Int128 NanosUntil(TemporalMoment from, TemporalMoment to)
    {
        (from, to) = TemporalMoment.Align(from, to, timeBased: true);
        return to.TotalNanos() - from.TotalNanos();
    }
}
