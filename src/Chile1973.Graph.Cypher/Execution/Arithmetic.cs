using System.Collections.Concurrent;
using System.Numerics;
using System.Text.RegularExpressions;

namespace Chile1973.Graph.Cypher.Execution;

/// <summary>Cypher's operators on values: 64-bit integers that fail on overflow, floats, strings, lists and temporals.</summary>
internal static partial class Arithmetic
{
    private const int MaxCachedPatterns = 1024;

    private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(5);

    private static readonly ConcurrentDictionary<(string Pattern, TimeSpan Timeout), Regex> Patterns = new();

    public static object? Add(object? a, object? b)
    {
        if (a is null || b is null)
        {
            return null;
        }

        switch (a)
        {
            case long la when b is long lb:
                {
                    var r = la + lb;
                    return ((la ^ r) & (lb ^ r)) < 0 ? CypherErrors.Overflow<object?>("+") : r;
                }

            case long la when b is double db:
                return la + db;
            case double da when b is long lb:
                return da + lb;
            case double da when b is double db:
                return da + db;
            case string sa when b is string sb:
                return sa + sb;
            case string sa when b is long or double or bool:
                return sa + ScalarFunctions.ToStringValue(b, orNull: false);
            case long or double or bool when b is string sb:
                return ScalarFunctions.ToStringValue(a, orNull: false) + sb;

            // Neo4j 5 concatenates a string with a temporal value's text (time('08:40') + '-' is '08:40:00Z-').
            case string sa when IsTemporal(b):
                return sa + IsoText(b);
            case CypherDate or CypherLocalTime or CypherTime or CypherLocalDateTime or CypherDateTime or CypherDuration when b is string sb:
                return IsoText(a) + sb;
            case IReadOnlyList<object?> la when b is IReadOnlyList<object?> lb:
                return la.Concat(lb).ToList();
            case IReadOnlyList<object?> la:
                return la.Append(b).ToList();
            default:
                if (b is IReadOnlyList<object?> list)
                {
                    return list.Prepend(a).ToList();
                }

                return TemporalSupport.TryAdd(a, b, out var result) ? result : Invalid("+", a, b);
        }
    }

    public static object? Subtract(object? a, object? b)
    {
        if (a is null || b is null)
        {
            return null;
        }

        return (a, b) switch
        {
            (long la, long lb) => Checked(la, lb, static (x, y) => x - y, static (x, y, r) => ((x ^ y) & (x ^ r)) < 0, "-"),
            (long la, double db) => la - db,
            (double da, long lb) => da - lb,
            (double da, double db) => da - db,
            _ => TemporalSupport.TrySubtract(a, b, out var result) ? result : Invalid("-", a, b),
        };
    }

    public static object? Multiply(object? a, object? b)
    {
        if (a is null || b is null)
        {
            return null;
        }

        return (a, b) switch
        {
            (long la, long lb) => MultiplyChecked(la, lb),
            (long la, double db) => la * db,
            (double da, long lb) => da * lb,
            (double da, double db) => da * db,
            _ => TemporalSupport.TryMultiply(a, b, out var result) ? result : Invalid("*", a, b),
        };
    }

    public static object? Divide(object? a, object? b)
    {
        if (a is null || b is null)
        {
            return null;
        }

        return (a, b) switch
        {
            (long, 0L) => CypherErrors.ArgumentError<object?>("DivisionByZero", "/ by zero"),
            (long la, long lb) => la == long.MinValue && lb == -1 ? CypherErrors.Overflow<object?>("/") : la / lb,
            (long la, double db) => la / db,
            (double da, long lb) => da / lb,
            (double da, double db) => da / db,
            _ => TemporalSupport.TryDivide(a, b, out var result) ? result : Invalid("/", a, b),
        };
    }

    public static object? Modulo(object? a, object? b)
    {
        if (a is null || b is null)
        {
            return null;
        }

        return (a, b) switch
        {
            (long, 0L) => CypherErrors.ArgumentError<object?>("DivisionByZero", "% by zero"),
            (long la, long lb) => lb == -1 ? 0L : la % lb,
            (long la, double db) => la % db,
            (double da, long lb) => da % lb,
            (double da, double db) => da % db,
            _ => Invalid("%", a, b),
        };
    }

    public static object? Power(object? a, object? b)
    {
        if (a is null || b is null)
        {
            return null;
        }

        return (a, b) switch
        {
            (long or double, long or double) => Math.Pow(Convert.ToDouble(a, System.Globalization.CultureInfo.InvariantCulture),
                Convert.ToDouble(b, System.Globalization.CultureInfo.InvariantCulture)),
            _ => Invalid("^", a, b),
        };
    }

    public static object? Negate(object? a) => a switch
    {
        null => null,
        long l => l == long.MinValue ? CypherErrors.Overflow<object?>("-") : -l,
        double d => -d,
        _ => TemporalSupport.TryMultiply(a, -1L, out var result) ? result : CypherErrors.TypeError<object?>("InvalidArgumentType", $"Cannot negate {CypherValues.TypeName(a)}."),
    };

    /// <summary>
    /// <c>a =~ b</c>. A match cannot be cancelled from outside, so it runs under a timeout: the regex limit
    /// or what is left of the query's time limit, whichever ends first.
    /// </summary>
    public static object? RegexMatch(object? a, object? b, QueryContext context)
    {
        if (a is not string text || b is not string pattern)
        {
            return null;
        }

        var remaining = context.Remaining(RegexTimeout);
        if (remaining <= TimeSpan.Zero)
        {
            throw TimeLimitReached();
        }

        // Timeouts are rounded up to a power of two milliseconds so that a pattern compiles once per
        // step, not once per row, while a match never stops before the query's limit is reached.
        var step = remaining >= RegexTimeout ? RegexTimeout : TimeSpan.FromMilliseconds(Math.Min(RegexTimeout.TotalMilliseconds, BitOperations.RoundUpToPowerOf2((uint)Math.Ceiling(remaining.TotalMilliseconds))));
        var key = (pattern, step);
        if (!Patterns.TryGetValue(key, out var regex))
        {
            try
            {
                regex = new Regex("^(?:" + pattern + ")$", RegexOptions.CultureInvariant, step);
            }
            catch (ArgumentException invalid)
            {
                return CypherErrors.ArgumentError<object?>("InvalidArgumentValue", $"Invalid regular expression '{pattern}': {invalid.Message}");
            }

            // Patterns can come from data or parameters, one per row: keep the cache bounded.
            if (Patterns.Count >= MaxCachedPatterns)
            {
                Patterns.Clear();
            }

            Patterns[key] = regex;
        }

        try
        {
            return regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            // Nested quantifiers ((a+)+$) can backtrack for hours.
            if (step < RegexTimeout)
            {
                throw TimeLimitReached();
            }

            throw new Core.Querying.CypherException(Core.Querying.CypherErrorKind.LimitExceeded, "RegexTimeout",
                $"The regular expression '{pattern}' took longer than {RegexTimeout.TotalSeconds} s to match.", Core.Querying.CypherErrorPhase.Runtime);
        }
    }

    private static Core.Querying.CypherException TimeLimitReached() =>
        new(Core.Querying.CypherErrorKind.LimitExceeded, "TimeoutExceeded", "The query ran past its time limit.", Core.Querying.CypherErrorPhase.Runtime);

    private static object? Checked(long a, long b, Func<long, long, long> op, Func<long, long, long, bool> overflowed, string name)
    {
        var r = op(a, b);
        return overflowed(a, b, r) ? CypherErrors.Overflow<object?>(name) : r;
    }

    private static object? MultiplyChecked(long a, long b)
    {
        var r = Math.BigMul(a, b, out var low);
        return (r == 0 && low >= 0) || (r == -1 && low < 0) ? low : CypherErrors.Overflow<object?>("*");
    }

    // Neo4j concatenates a temporal's ISO form, which always has seconds (08:40:00Z), unlike toString() (08:40Z).
    private static string IsoText(object temporal) =>
        MinutesWithoutSeconds().Replace((string)ScalarFunctions.ToStringValue(temporal, orNull: false)!, "$1:00");

    [GeneratedRegex(@"(?<![\d:+-])(\d{2}:\d{2})(?![:\d])")]
    private static partial Regex MinutesWithoutSeconds();

    private static bool IsTemporal(object? value) =>
        value is CypherDate or CypherLocalTime or CypherTime or CypherLocalDateTime or CypherDateTime or CypherDuration;

    private static object? Invalid(string op, object a, object b) =>
        CypherErrors.TypeError<object?>("InvalidArgumentType", $"Cannot apply {op} to {CypherValues.TypeName(a)} and {CypherValues.TypeName(b)}.");
}
