using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Chile1973.Graph.Core.Model;

/// <summary>
/// A date known to the year, the month or the day (<c>1973</c>, <c>1973-09</c>, <c>1973-09-11</c>).
/// Orders by its earliest day, and a coarser date sorts before a finer one on that day, so that
/// "1973" comes before "1973-01-01"; the ISO text of partial dates sorts the same way as strings.
/// </summary>
public readonly record struct PartialDate : IComparable<PartialDate>
{
    /// <summary>Creates a date; month and day are optional, but a day needs a month.</summary>
    public PartialDate(int year, int? month = null, int? day = null)
    {
        if (year is < 1 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "Year must be between 1 and 9999.");
        }

        if (month is { } m && m is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "Month must be between 1 and 12.");
        }

        if (day is not null && month is null)
        {
            throw new ArgumentException("A day needs a month.", nameof(day));
        }

        if (day is { } d && (d < 1 || d > DateTime.DaysInMonth(year, month!.Value)))
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, $"{year:D4}-{month:D2} has no day {d}.");
        }

        Year = year;
        Month = month;
        Day = day;
    }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The month, when known.</summary>
    public int? Month { get; }

    /// <summary>The day of the month, when known.</summary>
    public int? Day { get; }

    /// <summary>How precise the date is.</summary>
    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>The first day the date may stand for.</summary>
    public DateOnly Earliest => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last day the date may stand for.</summary>
    public DateOnly Latest => Day is { } d
        ? new DateOnly(Year, Month!.Value, d)
        : Month is { } m ? new DateOnly(Year, m, DateTime.DaysInMonth(Year, m)) : new DateOnly(Year, 12, 31);

    /// <summary>True when the day lies within the span this date stands for.</summary>
    public bool Covers(DateOnly day) => day >= Earliest && day <= Latest;

    /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
    public static PartialDate Parse(string text) =>
        TryParse(text, out var date, out var error) ? date : throw new FormatException(error);

    /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>, saying what is wrong when it cannot.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out PartialDate date, [NotNullWhen(false)] out string? error)
    {
        date = default;
        error = null;
        if (text.Length is not (4 or 7 or 10)
            || !TryDigits(text[..4], out var year)
            || (text.Length > 4 && text[4] != '-')
            || (text.Length > 7 && text[7] != '-'))
        {
            error = $"'{text}' is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD";
            return false;
        }

        int? month = null;
        int? day = null;
        if (text.Length >= 7)
        {
            if (!TryDigits(text[5..7], out var m) || m is < 1 or > 12)
            {
                error = $"'{text}' has no month {text[5..7]}";
                return false;
            }

            month = m;
        }

        if (text.Length == 10)
        {
            if (!TryDigits(text[8..10], out var d) || d < 1 || d > DateTime.DaysInMonth(Math.Max(year, 1), month!.Value))
            {
                error = $"'{text}' has no day {text[8..10]}";
                return false;
            }

            day = d;
        }

        if (year < 1)
        {
            error = $"'{text}' has no year 0000";
            return false;
        }

        date = new PartialDate(year, month, day);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    /// <inheritdoc />
    public int CompareTo(PartialDate other)
    {
        var byDay = Earliest.CompareTo(other.Earliest);
        return byDay != 0 ? byDay : Precision.CompareTo(other.Precision);
    }

    /// <summary>Orders dates by their earliest day, coarser first.</summary>
    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    /// <summary>Orders dates by their earliest day, coarser first.</summary>
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    /// <summary>Orders dates by their earliest day, coarser first.</summary>
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    /// <summary>Orders dates by their earliest day, coarser first.</summary>
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    /// <summary>The ISO text: <c>1973</c>, <c>1973-09</c> or <c>1973-09-11</c>.</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
    };
}

/// <summary>How much of a <see cref="PartialDate"/> is known.</summary>
public enum DatePrecision
{
    Year,
    Month,
    Day,
}
