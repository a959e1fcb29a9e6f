namespace Chile1973.Graph.Cypher.Functions.Temporal;

/// <summary>
/// Cypher's temporal functions, operators and properties over the value types of
/// <c>Chile1973.Graph.Core.Values.Temporal</c>: the engine's single entry point for everything temporal.
/// </summary>
public static class TemporalFunctions
{
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        "date", "date.statement", "date.transaction", "date.realtime", "date.truncate",
        "localtime", "localtime.statement", "localtime.transaction", "localtime.realtime", "localtime.truncate",
        "time", "time.statement", "time.transaction", "time.realtime", "time.truncate",
        "localdatetime", "localdatetime.statement", "localdatetime.transaction", "localdatetime.realtime", "localdatetime.truncate",
        "datetime", "datetime.statement", "datetime.transaction", "datetime.realtime", "datetime.truncate",
        "datetime.fromepoch", "datetime.fromepochmillis",
        "duration", "duration.between", "duration.inmonths", "duration.indays", "duration.inseconds",
    };

    /// <summary>Whether a function name (lower case, namespace included: <c>datetime.truncate</c>) is temporal.</summary>
    public static bool IsTemporalFunction(string lowerCaseName) => Names.Contains(lowerCaseName);

    /// <summary>Whether a value is one of the temporal types or a duration.</summary>
    public static bool IsTemporalValue(object? value) =>
        value is CypherDate or CypherLocalTime or CypherTime or CypherLocalDateTime or CypherDateTime or CypherDuration;

    /// <summary>The Cypher type name of a temporal value (<c>DATE</c>, <c>ZONED DATETIME</c>, ...), or null.</summary>
    public static string? TypeName(object? value) => IsTemporalValue(value) ? CypherValues.TypeName(value) : null;

    /// <summary>Calls a temporal function; null arguments give null where Cypher says so.</summary>
    public static object? Invoke(string lowerCaseName, ReadOnlySpan<object?> args, TemporalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var dot = lowerCaseName.IndexOf('.', StringComparison.Ordinal);
        var type = dot < 0 ? lowerCaseName : lowerCaseName[..dot];
        var member = dot < 0 ? null : lowerCaseName[(dot + 1)..];
        return (type, member) switch
        {
            ("duration", null) => Duration(args),
            ("duration", "between") => Pair(args, lowerCaseName, DurationBetween.Between),
            ("duration", "inmonths") => Pair(args, lowerCaseName, DurationBetween.InMonths),
            ("duration", "indays") => Pair(args, lowerCaseName, DurationBetween.InDays),
            ("duration", "inseconds") => Pair(args, lowerCaseName, DurationBetween.InSeconds),
            ("datetime", "fromepoch") => FromEpoch(args, millis: false),
            ("datetime", "fromepochmillis") => FromEpoch(args, millis: true),
            (_, "truncate") => TemporalTruncation.Truncate(type, args, context),
            (_, null) => Construct(type, args, context),
            (_, "statement") => Now(type, args, context, TemporalClock.Kind.Statement),
            (_, "transaction") => Now(type, args, context, TemporalClock.Kind.Transaction),
            (_, "realtime") => Now(type, args, context, TemporalClock.Kind.Realtime),
            _ => throw new ArgumentException($"Unknown temporal function {lowerCaseName}.", nameof(lowerCaseName)),
        };
    }

    /// <summary>Reads a component of a temporal value or duration (<c>year</c>, <c>offsetMinutes</c>, <c>monthsOfYear</c>, ...).</summary>
    public static bool TryGetProperty(object temporal, string key, out object? value) => TemporalProperties.TryGet(temporal, key, out value);

    /// <summary>temporal + duration, duration + temporal, duration + duration; false when the operands are not such a pair.</summary>
    public static bool TryAdd(object? left, object? right, out object? result)
    {
        result = null;
        switch (left, right)
        {
            case (CypherDuration a, CypherDuration b):
                result = TemporalErrors.Guard(() => a.Plus(b), "duration");
                return true;
            case (CypherDuration d, { } t) when IsTemporalValue(t):
                result = TemporalErrors.Guard(() => TemporalArithmetic.Add(t, d, 1), "temporal value");
                return true;
            case ({ } t, CypherDuration d) when IsTemporalValue(t):
                result = TemporalErrors.Guard(() => TemporalArithmetic.Add(t, d, 1), "temporal value");
                return true;
            default:
                return false;
        }
    }

    /// <summary>temporal - duration, duration - duration; false when the operands are not such a pair.</summary>
    public static bool TrySubtract(object? left, object? right, out object? result)
    {
        result = null;
        switch (left, right)
        {
            case (CypherDuration a, CypherDuration b):
                result = TemporalErrors.Guard(() => a.Minus(b), "duration");
                return true;
            case ({ } t, CypherDuration d) when IsTemporalValue(t):
                result = TemporalErrors.Guard(() => TemporalArithmetic.Add(t, d, -1), "temporal value");
                return true;
            default:
                return false;
        }
    }

    /// <summary>duration * number, number * duration; false when the operands are not such a pair.</summary>
    public static bool TryMultiply(object? left, object? right, out object? result)
    {
        result = null;
        var (duration, factor) = (left, right) switch
        {
            (CypherDuration d, { } n) when IsNumber(n) => (d, n),
            ({ } n, CypherDuration d) when IsNumber(n) => (d, n),
            _ => (null, null),
        };
        if (duration is null)
        {
            return false;
        }

        result = TemporalErrors.Guard(
            () => factor is long or int ? duration.Multiply(Convert.ToInt64(factor, System.Globalization.CultureInfo.InvariantCulture)) : duration.Multiply(ToDecimal(factor!)),
            "duration");
        return true;
    }

    /// <summary>duration / number; false when the operands are not such a pair.</summary>
    public static bool TryDivide(object? left, object? right, out object? result)
    {
        result = null;
        if (left is not CypherDuration duration || right is null || !IsNumber(right))
        {
            return false;
        }

        var divisor = ToDecimal(right);
        if (divisor == 0)
        {
            TemporalErrors.InvalidArgumentValue("A duration cannot be divided by zero.");
        }

        result = TemporalErrors.Guard(() => duration.Divide(divisor), "duration");
        return true;
    }

    /// <summary>
    /// Orders two values of the same temporal type (a date-time by its instant); null when they are of different
    /// types or durations, which Cypher leaves unordered.
    /// </summary>
    public static int? Compare(object left, object right) => (left, right) switch
    {
        (CypherDate a, CypherDate b) => a.CompareTo(b),
        (CypherLocalTime a, CypherLocalTime b) => a.CompareTo(b),
        (CypherTime a, CypherTime b) => a.CompareTo(b),
        (CypherLocalDateTime a, CypherLocalDateTime b) => a.CompareTo(b),
        (CypherDateTime a, CypherDateTime b) => a.CompareTo(b),
        _ => null,
    };

    /// <summary><c>datetime.statement([zone])</c> and its siblings: the current value, in a zone given as a string or <c>{timezone: ...}</c>.</summary>
    private static object? Now(string type, ReadOnlySpan<object?> args, TemporalContext context, TemporalClock.Kind kind)
    {
        if (args.Length > 1)
        {
            TemporalErrors.InvalidArgumentValue($"{type}.{kind.ToString().ToLowerInvariant()}() takes at most a time zone.");
        }

        var zone = args.Length == 0 ? null : args[0] switch
        {
            null => null,
            string text => text,
            IReadOnlyDictionary<string, object?> map => new TemporalMap(map).String("timezone"),
            var other => (string?)FailType(type, other),
        };
        return Current(type, TemporalClock.Current(zone, context, kind));
    }

    private static object? Construct(string type, ReadOnlySpan<object?> args, TemporalContext context)
    {
        if (args.Length > 1)
        {
            TemporalErrors.InvalidArgumentValue($"{type}() takes at most one argument.");
        }

        if (args.Length == 0)
        {
            return Current(type, TemporalClock.Current(null, context, TemporalClock.Kind.Statement));
        }

        var arg = args[0];

        return arg switch
        {
            null => null,
            string text => Parse(type, text, context),
            IReadOnlyDictionary<string, object?> map => FromMap(type, new TemporalMap(map), context),
            _ when IsTemporalValue(arg) && arg is not CypherDuration => type switch
            {
                "date" => TemporalConversion.ToDate(arg),
                "localtime" => TemporalConversion.ToLocalTime(arg),
                "time" => TemporalConversion.ToTime(arg, context),
                "localdatetime" => TemporalConversion.ToLocalDateTime(arg),
                _ => TemporalConversion.ToDateTime(arg, context),
            },
            _ => FailType(type, arg),
        };
    }

    private static object Current(string type, CypherDateTime now) => type switch
    {
        "date" => now.Date,
        "localtime" => now.LocalTime,
        "time" => now.Time,
        "localdatetime" => now.LocalDateTime,
        _ => now,
    };

    private static object Parse(string type, string text, TemporalContext context) => TemporalErrors.Guard<object>(
        () => type switch
        {
            "date" => CypherDate.Parse(text),
            "localtime" => CypherLocalTime.Parse(text),
            "time" => ParseTime(text, context),
            "localdatetime" => CypherLocalDateTime.Parse(text),
            _ => ParseDateTime(text, context),
        },
        type);

    private static CypherTime ParseTime(string text, TemporalContext context) =>
        CypherTime.Parse(text, context.DefaultZone.OffsetAt(TemporalContext.ToInstant(context.StatementTime).EpochSecond));

    private static CypherDateTime ParseDateTime(string text, TemporalContext context)
    {
        var parsed = CypherDateTime.Parse(text, context.DefaultTimeZone);
        if (!parsed.OffsetMatchesZone)
        {
            TemporalErrors.InvalidArgumentValue($"Timezone and offset do not match: '{text}'.");
        }

        return parsed;
    }

    private static object FromMap(string type, TemporalMap map, TemporalContext context) => type switch
    {
        "date" => TemporalBuilder.Date(map, context),
        "localtime" => TemporalBuilder.LocalTime(map, context),
        "time" => TemporalBuilder.Time(map, context),
        "localdatetime" => TemporalBuilder.LocalDateTime(map, context),
        _ => TemporalBuilder.DateTime(map, context),
    };

    private static object? Duration(ReadOnlySpan<object?> args)
    {
        if (args.Length != 1)
        {
            TemporalErrors.InvalidArgumentValue("duration() takes one argument.");
        }

        return args[0] switch
        {
            null => null,
            string text => TemporalErrors.Guard(() => CypherDuration.Parse(text), "duration"),
            IReadOnlyDictionary<string, object?> map => TemporalBuilder.Duration(new TemporalMap(map)),
            CypherDuration d => d,
            var other => FailType("duration", other),
        };
    }

    private static object? Pair(ReadOnlySpan<object?> args, string name, Func<object, object, CypherDuration> measure)
    {
        if (args.Length != 2)
        {
            TemporalErrors.InvalidArgumentValue($"{name}() takes two arguments.");
        }

        if (args[0] is null || args[1] is null)
        {
            return null;
        }

        foreach (var arg in args)
        {
            if (!IsTemporalValue(arg) || arg is CypherDuration)
            {
                FailType(name, arg);
            }
        }

        var (from, to) = (args[0]!, args[1]!);
        return TemporalErrors.Guard(() => measure(from, to), "duration");
    }

    private static object? FromEpoch(ReadOnlySpan<object?> args, bool millis)
    {
        var expected = millis ? 1 : 2;
        if (args.Length != expected)
        {
            TemporalErrors.InvalidArgumentValue(millis ? "datetime.fromepochmillis() takes one argument." : "datetime.fromepoch() takes two arguments.");
        }

        foreach (var arg in args)
        {
            if (arg is null)
            {
                return null;
            }

            if (!IsNumber(arg))
            {
                FailType(millis ? "datetime.fromepochmillis" : "datetime.fromepoch", arg);
            }
        }

        var first = ToLong(args[0]!);
        var (seconds, nanos) = millis
            ? (IsoCalendar.FloorDiv(first, 1000), IsoCalendar.FloorMod(first, 1000) * 1_000_000)
            : (first, ToLong(args[1]!));
        seconds = checked(seconds + IsoCalendar.FloorDiv(nanos, IsoCalendar.NanosPerSecond));
        var nano = (int)IsoCalendar.FloorMod(nanos, IsoCalendar.NanosPerSecond);
        return TemporalErrors.Guard(() => CypherDateTime.OfInstant(seconds, nano, null), "date time");
    }

    private static bool IsNumber(object value) => value is long or int or double;

    private static long ToLong(object value) => value switch
    {
        long l => l,
        int i => i,
        double d => (long)d,
        _ => 0,
    };

    private static decimal ToDecimal(object value) => value switch
    {
        long l => l,
        int i => i,
        double d when double.IsFinite(d) && Math.Abs(d) < 7.9e27 => (decimal)d,
        _ => throw TemporalErrors.OutOfRange($"Cannot use {CypherValues.ToLiteral(value)} with a duration."),
    };

    private static object? FailType(string function, object? value)
    {
        TemporalErrors.InvalidArgumentType($"{function}() cannot take {CypherValues.TypeName(value)} ({CypherValues.ToLiteral(value)}).");
        return null;
    }
}
