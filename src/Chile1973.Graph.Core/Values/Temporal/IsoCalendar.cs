namespace Chile1973.Graph.Core.Values.Temporal;

/// <summary>
/// The proleptic ISO-8601 calendar on a day count from 1970-01-01, over java.time's year range
/// (-999,999,999 to 999,999,999), which is wider than <see cref="DateOnly"/> allows.
/// </summary>
public static class IsoCalendar
{
    /// <summary>Smallest supported year.</summary>
    public const long MinYear = -999_999_999;

    /// <summary>Largest supported year.</summary>
    public const long MaxYear = 999_999_999;

    /// <summary>Nanoseconds in one second.</summary>
    public const long NanosPerSecond = 1_000_000_000;

    /// <summary>Nanoseconds in one day.</summary>
    public const long NanosPerDay = 86_400 * NanosPerSecond;

    /// <summary>Seconds in one day.</summary>
    public const long SecondsPerDay = 86_400;

    private const long DaysPerCycle = 146_097;
    private const long Days0000To1970 = (DaysPerCycle * 5) - ((30 * 365) + 7);

    /// <summary>Epoch day of the first day of <see cref="MinYear"/>.</summary>
    public static readonly long MinEpochDay = EpochDay(MinYear, 1, 1);

    /// <summary>Epoch day of the last day of <see cref="MaxYear"/>.</summary>
    public static readonly long MaxEpochDay = EpochDay(MaxYear, 12, 31);

    /// <summary>Whether the year has 29 February.</summary>
    public static bool IsLeapYear(long year) => (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);

    /// <summary>Days in the month of the year.</summary>
    public static int DaysInMonth(long year, int month) => month switch
    {
        2 => IsLeapYear(year) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    /// <summary>Days in the year.</summary>
    public static int DaysInYear(long year) => IsLeapYear(year) ? 366 : 365;

    /// <summary>Days since 1970-01-01 of a valid date (java.time's algorithm).</summary>
    public static long EpochDay(long year, int month, int day)
    {
        long y = year;
        long m = month;
        var total = 365 * y;
        if (y >= 0)
        {
            total += ((y + 3) / 4) - ((y + 99) / 100) + ((y + 399) / 400);
        }
        else
        {
            total -= (y / -4) - (y / -100) + (y / -400);
        }

        total += ((367 * m) - 362) / 12;
        total += day - 1;
        if (m > 2)
        {
            total--;
            if (!IsLeapYear(year))
            {
                total--;
            }
        }

        return total - Days0000To1970;
    }

    /// <summary>The year, month and day of an epoch day (java.time's algorithm).</summary>
    public static (long Year, int Month, int Day) FromEpochDay(long epochDay)
    {
        var zeroDay = epochDay + Days0000To1970 - 60;
        long adjust = 0;
        if (zeroDay < 0)
        {
            var adjustCycles = ((zeroDay + 1) / DaysPerCycle) - 1;
            adjust = adjustCycles * 400;
            zeroDay += -adjustCycles * DaysPerCycle;
        }

        var yearEst = ((400 * zeroDay) + 591) / DaysPerCycle;
        var doyEst = zeroDay - ((365 * yearEst) + (yearEst / 4) - (yearEst / 100) + (yearEst / 400));
        if (doyEst < 0)
        {
            yearEst--;
            doyEst = zeroDay - ((365 * yearEst) + (yearEst / 4) - (yearEst / 100) + (yearEst / 400));
        }

        yearEst += adjust;
        var marchDoy0 = (int)doyEst;
        var marchMonth0 = ((marchDoy0 * 5) + 2) / 153;
        var month = ((marchMonth0 + 2) % 12) + 1;
        var dom = marchDoy0 - (((marchMonth0 * 306) + 5) / 10) + 1;
        yearEst += marchMonth0 / 10;
        return (yearEst, month, dom);
    }

    /// <summary>ISO day of week, Monday = 1 to Sunday = 7.</summary>
    public static int DayOfWeek(long epochDay) => (int)FloorMod(epochDay + 3, 7) + 1;

    /// <summary>Epoch day of the Monday that starts week 1 of the ISO week-based year.</summary>
    public static long WeekYearStart(long weekYear)
    {
        var jan4 = EpochDay(weekYear, 1, 4);
        return jan4 - (DayOfWeek(jan4) - 1);
    }

    /// <summary>The ISO week-based year and week number of an epoch day.</summary>
    public static (long WeekYear, int Week) WeekOf(long epochDay)
    {
        var (year, _, _) = FromEpochDay(epochDay);
        var weekYear = year;
        if (year < MaxYear && epochDay >= WeekYearStart(year + 1))
        {
            weekYear = year + 1;
        }
        else if (epochDay < WeekYearStart(year))
        {
            weekYear = year - 1;
        }

        return (weekYear, (int)((epochDay - WeekYearStart(weekYear)) / 7) + 1);
    }

    /// <summary>Number of ISO weeks (52 or 53) in a week-based year.</summary>
    public static int WeeksInWeekYear(long weekYear) => (int)((WeekYearStart(weekYear + 1) - WeekYearStart(weekYear)) / 7);

    /// <summary>The date a number of months later, the day clamped to the end of a shorter month (java.time's plusMonths).</summary>
    public static long PlusMonths(long epochDay, long months)
    {
        if (months == 0)
        {
            return epochDay;
        }

        var (year, month, day) = FromEpochDay(epochDay);
        var monthCount = (year * 12) + (month - 1);
        var calc = checked(monthCount + months);
        var newYear = FloorDiv(calc, 12);
        var newMonth = (int)FloorMod(calc, 12) + 1;
        CheckYear(newYear);
        return EpochDay(newYear, newMonth, Math.Min(day, DaysInMonth(newYear, newMonth)));
    }

    /// <summary>Throws when a year is outside the supported range.</summary>
    public static void CheckYear(long year)
    {
        if (year is < MinYear or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"Year {year} is out of range ({MinYear} to {MaxYear}).");
        }
    }

    /// <summary>Throws when an epoch day is outside the supported range.</summary>
    public static long CheckEpochDay(long epochDay) => epochDay < MinEpochDay || epochDay > MaxEpochDay
        ? throw new ArgumentOutOfRangeException(nameof(epochDay), epochDay, "Date is out of the supported range (years -999999999 to 999999999).")
        : epochDay;

    /// <summary>Division rounding towards negative infinity.</summary>
    public static long FloorDiv(long x, long y)
    {
        var q = x / y;
        return (x % y != 0) && ((x ^ y) < 0) ? q - 1 : q;
    }

    /// <summary>Remainder with the sign of the divisor.</summary>
    public static long FloorMod(long x, long y) => x - (FloorDiv(x, y) * y);

    /// <summary>The epoch day of a calendar date; false when it does not exist.</summary>
    public static bool TryDate(long year, int month, int day, out long epochDay)
    {
        epochDay = 0;
        if (year is < MinYear or > MaxYear || month is < 1 or > 12 || day < 1 || day > DaysInMonth(year, month))
        {
            return false;
        }

        epochDay = EpochDay(year, month, day);
        return true;
    }

    /// <summary>The epoch day of an ordinal date (day of year); false when it does not exist.</summary>
    public static bool TryOrdinalDate(long year, int ordinalDay, out long epochDay)
    {
        epochDay = 0;
        if (year is < MinYear or > MaxYear || ordinalDay < 1 || ordinalDay > DaysInYear(year))
        {
            return false;
        }

        epochDay = EpochDay(year, 1, 1) + ordinalDay - 1;
        return true;
    }

    /// <summary>The epoch day of an ISO week date; false when it does not exist.</summary>
    public static bool TryWeekDate(long weekYear, int week, int dayOfWeek, out long epochDay)
    {
        epochDay = 0;
        if (weekYear is <= MinYear or >= MaxYear || week < 1 || week > WeeksInWeekYear(weekYear) || dayOfWeek is < 1 or > 7)
        {
            return false;
        }

        epochDay = WeekYearStart(weekYear) + ((week - 1) * 7L) + (dayOfWeek - 1);
        return true;
    }

    /// <summary>The epoch day of a quarter date (day of quarter); false when it does not exist.</summary>
    public static bool TryQuarterDate(long year, int quarter, int dayOfQuarter, out long epochDay)
    {
        epochDay = 0;
        if (year is < MinYear or > MaxYear || quarter is < 1 or > 4 || dayOfQuarter < 1)
        {
            return false;
        }

        var firstMonth = ((quarter - 1) * 3) + 1;
        var start = EpochDay(year, firstMonth, 1);
        var length = DaysInMonth(year, firstMonth) + DaysInMonth(year, firstMonth + 1) + DaysInMonth(year, firstMonth + 2);
        if (dayOfQuarter > length)
        {
            return false;
        }

        epochDay = start + dayOfQuarter - 1;
        return true;
    }
}
