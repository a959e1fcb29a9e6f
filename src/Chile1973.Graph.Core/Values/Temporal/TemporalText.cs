using System.Globalization;
using System.Text;

namespace Chile1973.Graph.Core.Values.Temporal;

/// <summary>Writes temporal parts the way java.time's <c>toString</c> does, which is how Cypher prints them.</summary>
internal static class TemporalText
{
    public static void AppendDate(StringBuilder sb, long epochDay)
    {
        var (year, month, day) = IsoCalendar.FromEpochDay(epochDay);
        var absYear = Math.Abs(year);
        if (absYear < 1000)
        {
            if (year < 0)
            {
                sb.Append('-');
            }

            sb.Append(absYear.ToString("0000", CultureInfo.InvariantCulture));
        }
        else
        {
            if (year > 9999)
            {
                sb.Append('+');
            }

            sb.Append(year.ToString(CultureInfo.InvariantCulture));
        }

        sb.Append('-').Append(Two(month)).Append('-').Append(Two(day));
    }

    public static void AppendTime(StringBuilder sb, long nanoOfDay)
    {
        var hour = nanoOfDay / (3600 * IsoCalendar.NanosPerSecond);
        var minute = nanoOfDay / (60 * IsoCalendar.NanosPerSecond) % 60;
        var second = nanoOfDay / IsoCalendar.NanosPerSecond % 60;
        var nano = nanoOfDay % IsoCalendar.NanosPerSecond;
        sb.Append(Two(hour)).Append(':').Append(Two(minute));
        if (second > 0 || nano > 0)
        {
            sb.Append(':').Append(Two(second));
            if (nano > 0)
            {
                sb.Append('.');
                if (nano % 1_000_000 == 0)
                {
                    sb.Append((nano / 1_000_000).ToString("000", CultureInfo.InvariantCulture));
                }
                else if (nano % 1000 == 0)
                {
                    sb.Append((nano / 1000).ToString("000000", CultureInfo.InvariantCulture));
                }
                else
                {
                    sb.Append(nano.ToString("000000000", CultureInfo.InvariantCulture));
                }
            }
        }
    }

    /// <summary>Appends a local date and time, <c>yyyy-MM-ddTHH:mm[:ss[.fff]]</c>.</summary>
    public static void AppendDateTime(StringBuilder sb, long epochDay, long nanoOfDay)
    {
        AppendDate(sb, epochDay);
        sb.Append('T');
        AppendTime(sb, nanoOfDay);
    }

    public static void AppendOffset(StringBuilder sb, int offsetSeconds) => sb.Append(OffsetId(offsetSeconds));

    /// <summary>java.time's ZoneOffset id: <c>Z</c>, <c>+01:00</c>, <c>-02:05:07</c>.</summary>
    public static string OffsetId(int offsetSeconds)
    {
        if (offsetSeconds == 0)
        {
            return "Z";
        }

        var abs = Math.Abs(offsetSeconds);
        var sb = new StringBuilder(9);
        sb.Append(offsetSeconds < 0 ? '-' : '+').Append(Two(abs / 3600)).Append(':').Append(Two(abs / 60 % 60));
        if (abs % 60 != 0)
        {
            sb.Append(':').Append(Two(abs % 60));
        }

        return sb.ToString();
    }

    private static string Two(long value) => value.ToString("00", CultureInfo.InvariantCulture);
}
