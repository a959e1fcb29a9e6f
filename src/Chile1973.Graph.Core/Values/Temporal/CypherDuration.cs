using System.Globalization;
using System.Text;

namespace Chile1973.Graph.Core.Values.Temporal;

/// <summary>
/// A Cypher DURATION: months, days, seconds and nanoseconds kept apart (a month or a day has no fixed length),
/// each possibly negative; the nanoseconds are normalised to 0..999,999,999 as Neo4j does.
/// </summary>
public sealed record CypherDuration : IComparable<CypherDuration>, IComparable
{
    /// <summary>Average days in a month of the Gregorian cycle, used to spread fractions of months (365.2425 / 12).</summary>
    public const decimal AverageDaysPerMonth = 30.436875m;

    /// <summary>The zero duration.</summary>
    public static readonly CypherDuration Zero = new(0, 0, 0, 0);

    /// <summary>Creates a duration, carrying nanoseconds beyond a second into the seconds.</summary>
    public CypherDuration(long months, long days, long seconds, long nanoseconds)
    {
        Months = months;
        Days = days;
        Seconds = checked(seconds + IsoCalendar.FloorDiv(nanoseconds, IsoCalendar.NanosPerSecond));
        Nanoseconds = (int)IsoCalendar.FloorMod(nanoseconds, IsoCalendar.NanosPerSecond);
    }

    /// <summary>Whole months (years are 12 months).</summary>
    public long Months { get; }

    /// <summary>Whole days (weeks are 7 days).</summary>
    public long Days { get; }

    /// <summary>Whole seconds, rounded down (so -0.5 s is -1 s and 500,000,000 ns).</summary>
    public long Seconds { get; }

    /// <summary>Nanoseconds added to <see cref="Seconds"/>, 0 to 999,999,999.</summary>
    public int Nanoseconds { get; }

    /// <summary>
    /// A duration from fractional amounts: the fraction of a month spreads into days at the average month length,
    /// the fraction of a day into seconds, of a second into nanoseconds (Neo4j's approximation).
    /// </summary>
    public static CypherDuration Approximate(decimal months, decimal days, decimal seconds, decimal nanoseconds)
    {
        var m = decimal.Truncate(months);
        days += (months - m) * AverageDaysPerMonth;
        var d = decimal.Truncate(days);
        seconds += (days - d) * IsoCalendar.SecondsPerDay;
        var s = decimal.Truncate(seconds);
        nanoseconds += (seconds - s) * IsoCalendar.NanosPerSecond;
        var n = decimal.Truncate(nanoseconds);
        return new CypherDuration(ToLong(m), ToLong(d), ToLong(s), ToLong(n));
    }

    /// <summary>
    /// Parses an ISO duration: <c>P14DT16H12M</c>, <c>P5M1.5D</c>, <c>P2.5W</c>, <c>PT-9H-9M-9.9S</c>, <c>-P1D</c>,
    /// or the date-time form <c>P2012-02-02T14:37:21.545</c>.
    /// </summary>
    public static CypherDuration Parse(string text) => DurationParser.Parse(text);

    /// <summary>Sum, component by component.</summary>
    public CypherDuration Plus(CypherDuration other) => new(
        checked(Months + other.Months),
        checked(Days + other.Days),
        checked(Seconds + other.Seconds),
        (long)Nanoseconds + other.Nanoseconds);

    /// <summary>Difference, component by component.</summary>
    public CypherDuration Minus(CypherDuration other) => new(
        checked(Months - other.Months),
        checked(Days - other.Days),
        checked(Seconds - other.Seconds),
        (long)Nanoseconds - other.Nanoseconds);

    /// <summary>Every component negated.</summary>
    public CypherDuration Negate() => new(checked(-Months), checked(-Days), checked(-Seconds), -(long)Nanoseconds);

    /// <summary>Every component multiplied by a whole number.</summary>
    public CypherDuration Multiply(long factor) => new(
        checked(Months * factor),
        checked(Days * factor),
        checked(Seconds * factor),
        checked(Nanoseconds * factor));

    /// <summary>Every component multiplied by a number, fractions spread into smaller units.</summary>
    public CypherDuration Multiply(decimal factor) => Approximate(Months * factor, Days * factor, Seconds * factor, Nanoseconds * factor);

    /// <summary>Every component divided by a number, fractions spread into smaller units.</summary>
    public CypherDuration Divide(decimal divisor) => divisor == 0
        ? throw new DivideByZeroException("A duration cannot be divided by zero.")
        : Approximate((decimal)Months / divisor, (decimal)Days / divisor, (decimal)Seconds / divisor, Nanoseconds / divisor);

    /// <summary>
    /// Orders by approximate length (a month as its average length), then by months, days and seconds.
    /// Cypher's comparison operators leave durations unordered; this order serves sorting.
    /// </summary>
    public int CompareTo(CypherDuration? other)
    {
        if (other is null)
        {
            return 1;
        }

        var c = ApproximateSeconds().CompareTo(other.ApproximateSeconds());
        if (c == 0)
        {
            c = Nanoseconds.CompareTo(other.Nanoseconds);
        }

        if (c == 0)
        {
            c = Months.CompareTo(other.Months);
        }

        if (c == 0)
        {
            c = Days.CompareTo(other.Days);
        }

        return c;
    }

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj is CypherDuration other ? CompareTo(other) : throw new ArgumentException("Not a duration.", nameof(obj));

    /// <summary>The duration as Neo4j prints it: <c>P24Y10M28DT32H26M20.000000002S</c>, <c>PT-9H-9M-9.9S</c>, <c>PT0S</c>.</summary>
    public override string ToString()
    {
        if (Months == 0 && Days == 0 && Seconds == 0 && Nanoseconds == 0)
        {
            return "PT0S";
        }

        var sb = new StringBuilder("P");
        Append(sb, Months / 12, 'Y');
        Append(sb, Months % 12, 'M');
        Append(sb, Days, 'D');
        if (Seconds != 0 || Nanoseconds != 0)
        {
            var negative = Seconds < 0;
            var s = Seconds;
            long n = Nanoseconds;
            if (negative && n != 0)
            {
                s++;
                n = IsoCalendar.NanosPerSecond - n;
            }

            sb.Append('T');
            Append(sb, s / 3600, 'H');
            s %= 3600;
            Append(sb, s / 60, 'M');
            s %= 60;
            if (s != 0 || n != 0)
            {
                if (negative && s == 0)
                {
                    sb.Append('-');
                }

                sb.Append(s.ToString(CultureInfo.InvariantCulture));
                if (n != 0)
                {
                    sb.Append('.').Append(n.ToString("000000000", CultureInfo.InvariantCulture).TrimEnd('0'));
                }

                sb.Append('S');
            }
        }

        return sb.ToString();
    }

    private decimal ApproximateSeconds() =>
        (Months * AverageDaysPerMonth * IsoCalendar.SecondsPerDay) + ((decimal)Days * IsoCalendar.SecondsPerDay) + Seconds;

    private static void Append(StringBuilder sb, long value, char unit)
    {
        if (value != 0)
        {
            sb.Append(value.ToString(CultureInfo.InvariantCulture)).Append(unit);
        }
    }

    private static long ToLong(decimal value) => value is < long.MinValue or > long.MaxValue
        ? throw new OverflowException("The duration is too large.")
        : (long)value;
}
