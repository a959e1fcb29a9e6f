namespace Chile1973.Graph.Cypher.Functions.Temporal;

/// <summary>
/// Which field combinations a temporal map may hold (Neo4j's rules): one kind of date (calendar, week, quarter or
/// ordinal), fields given from the largest down without gaps, a complete date before any time field, and
/// <c>datetime</c> not selected together with <c>date</c> or <c>time</c>.
/// </summary>
internal static class TemporalFieldRules
{
    private static readonly string[][] DateKinds =
    [
        ["month", "day"],
        ["week", "dayOfWeek"],
        ["quarter", "dayOfQuarter"],
        ["ordinalDay"],
    ];

    public static void Check(TemporalMap map, bool supportsDate, bool supportsTime)
    {
        if (map.Has("datetime") && map.HasAny("date", "time"))
        {
            TemporalErrors.InvalidArgumentValue("datetime cannot be selected together with date or time.");
        }

        var dateBase = map.HasAny("date", "datetime");
        var timeBase = map.HasAny("time", "datetime");
        string[]? kind = null;
        foreach (var candidate in DateKinds)
        {
            if (map.HasAny(candidate))
            {
                if (kind is not null)
                {
                    TemporalErrors.InvalidArgumentValue($"Cannot mix {string.Join('/', kind)} with {string.Join('/', candidate)} in one date.");
                }

                kind = candidate;
            }
        }

        if (supportsDate && !dateBase)
        {
            string[] order = kind is null ? ["year"] : ["year", .. kind];
            InOrder(map, order);
        }

        var hasTimeFields = map.HasAny("hour", "minute", "second", "millisecond", "microsecond", "nanosecond") || map.Has("time");
        if (supportsTime && !timeBase)
        {
            InOrder(map, ["hour", "minute", "second", "subsecond"]);
        }

        if (supportsDate && supportsTime && hasTimeFields && !dateBase)
        {
            if (!map.Has("year"))
            {
                TemporalErrors.InvalidArgumentValue("year must be specified.");
            }

            var needed = kind ?? ["month"];
            foreach (var key in needed)
            {
                if (!map.Has(key))
                {
                    TemporalErrors.InvalidArgumentValue($"{key} must be specified.");
                }
            }
        }
    }

    private static void InOrder(TemporalMap map, string[] order)
    {
        bool Present(string key) => key == "subsecond" ? map.HasAny("millisecond", "microsecond", "nanosecond") : map.Has(key);
        string? missing = null;
        foreach (var key in order)
        {
            if (!Present(key))
            {
                missing ??= key;
            }
            else
            {
                if (missing is not null)
                {
                    TemporalErrors.InvalidArgumentValue($"{key} cannot be specified without {missing}.");
                }
            }
        }

    }
}
