namespace Chile1973.Graph.Core.Values.Temporal;

/// <summary>
/// Reads the ISO-8601 forms Cypher accepts: calendar (<c>2015-07-21</c>, <c>20150721</c>, <c>2015-07</c>), week
/// (<c>2015-W30-2</c>), ordinal (<c>2015-202</c>) and quarter (<c>2015-Q3-45</c>) dates, times with optional
/// colons and fractions, offsets and <c>[Region/Zone]</c> suffixes.
/// </summary>
internal static class IsoParser
{
    /// <summary>The time-zone part of a parsed text: an offset, a region, both, or neither.</summary>
    public readonly record struct ZonePart(int? OffsetSeconds, string? RegionId)
    {
        public bool IsEmpty => OffsetSeconds is null && RegionId is null;
    }

    public static long ParseDate(string text)
    {
        var span = text.AsSpan();
        return TryDate(span, out var epochDay) ? epochDay : throw Invalid(text, "date");
    }

    public static long ParseLocalTime(string text)
    {
        var span = text.AsSpan();
        return TryTime(span, out var nano, out var zone) && zone.IsEmpty ? nano : throw Invalid(text, "local time");
    }

    public static (long NanoOfDay, ZonePart Zone) ParseTime(string text)
    {
        return TryTime(text.AsSpan(), out var nano, out var zone) && zone.RegionId is null ? (nano, zone) : throw Invalid(text, "time");
    }

    public static (long EpochDay, long NanoOfDay) ParseLocalDateTime(string text)
    {
        return TryDateTime(text.AsSpan(), out var day, out var nano, out var zone) && zone.IsEmpty ? (day, nano) : throw Invalid(text, "local date time");
    }

    public static (long EpochDay, long NanoOfDay, ZonePart Zone) ParseDateTime(string text)
    {
        return TryDateTime(text.AsSpan(), out var day, out var nano, out var zone) ? (day, nano, zone) : throw Invalid(text, "date time");
    }

    private static FormatException Invalid(string text, string what) => new($"Text '{text}' cannot be parsed as a {what}.");

    private static bool TryDateTime(ReadOnlySpan<char> text, out long epochDay, out long nanoOfDay, out ZonePart zone)
    {
        nanoOfDay = 0;
        zone = default;
        var t = text.IndexOfAny('T', 't');
        if (t < 0)
        {
            return TryDate(text, out epochDay);
        }

        return TryDate(text[..t], out epochDay) && TryTime(text[(t + 1)..], out nanoOfDay, out zone);
    }

    private static bool TryDate(ReadOnlySpan<char> text, out long epochDay)
    {
        epochDay = 0;
        var pos = 0;
        long year;
        if (text.Length > 0 && (text[0] == '+' || text[0] == '-'))
        {
            var start = 1;
            var end = start;
            while (end < text.Length && char.IsAsciiDigit(text[end]))
            {
                end++;
            }

            var digits = end - start;
            if (digits is 0 or > 9)
            {
                return false;
            }

            year = long.Parse(text[start..end], provider: System.Globalization.CultureInfo.InvariantCulture);
            if (text[0] == '-')
            {
                year = -year;
            }

            pos = end;
        }
        else
        {
            if (!TryDigits(text, ref pos, 4, out var y))
            {
                return false;
            }

            year = y;
        }

        if (year is < IsoCalendar.MinYear or > IsoCalendar.MaxYear)
        {
            return false;
        }

        var rest = text[pos..];
        if (rest.IsEmpty)
        {
            return IsoCalendar.TryDate(year, 1, 1, out epochDay);
        }

        var dashed = rest[0] == '-';
        if (dashed)
        {
            rest = rest[1..];
        }

        if (rest.IsEmpty)
        {
            return false;
        }

        if (rest[0] is 'W' or 'w')
        {
            return TryWeek(year, rest[1..], out epochDay);
        }

        if (rest[0] is 'Q' or 'q')
        {
            return TryQuarter(year, rest[1..], out epochDay);
        }

        var run = 0;
        while (run < rest.Length && char.IsAsciiDigit(rest[run]))
        {
            run++;
        }

        if (run == 3 && run == rest.Length)
        {
            var ordinal = Number(rest[..3]);
            return IsoCalendar.TryOrdinalDate(year, ordinal, out epochDay);
        }

        if (dashed)
        {
            if (run is < 1 or > 2)
            {
                return false;
            }

            var month = Number(rest[..run]);
            rest = rest[run..];
            if (rest.IsEmpty)
            {
                return IsoCalendar.TryDate(year, month, 1, out epochDay);
            }

            if (rest[0] != '-' || rest.Length is < 2 or > 3 || !AllDigits(rest[1..]))
            {
                return false;
            }

            return IsoCalendar.TryDate(year, month, Number(rest[1..]), out epochDay);
        }

        if (run != rest.Length)
        {
            return false;
        }

        return run switch
        {
            2 => IsoCalendar.TryDate(year, Number(rest), 1, out epochDay),
            4 => IsoCalendar.TryDate(year, Number(rest[..2]), Number(rest[2..]), out epochDay),
            _ => false,
        };
    }

    private static bool TryWeek(long year, ReadOnlySpan<char> rest, out long epochDay)
    {
        epochDay = 0;
        var pos = 0;
        if (!TryDigits(rest, ref pos, 2, out var week))
        {
            return false;
        }

        var dayOfWeek = 1;
        if (pos < rest.Length)
        {
            if (rest[pos] == '-')
            {
                pos++;
            }

            if (!TryDigits(rest, ref pos, 1, out dayOfWeek) || pos != rest.Length)
            {
                return false;
            }
        }

        return IsoCalendar.TryWeekDate(year, week, dayOfWeek, out epochDay);
    }

    private static bool TryQuarter(long year, ReadOnlySpan<char> rest, out long epochDay)
    {
        epochDay = 0;
        var pos = 0;
        if (!TryDigits(rest, ref pos, 1, out var quarter))
        {
            return false;
        }

        var dayOfQuarter = 1;
        if (pos < rest.Length)
        {
            if (rest[pos] == '-')
            {
                pos++;
            }

            var run = rest.Length - pos;
            if (run is < 1 or > 2 || !AllDigits(rest[pos..]))
            {
                return false;
            }

            dayOfQuarter = Number(rest[pos..]);
        }

        return IsoCalendar.TryQuarterDate(year, quarter, dayOfQuarter, out epochDay);
    }

    /// <summary>Parses <c>HH[:MM[:SS[.fffffffff]]]</c> (colons optional) and an optional offset and zone.</summary>
    private static bool TryTime(ReadOnlySpan<char> text, out long nanoOfDay, out ZonePart zone)
    {
        nanoOfDay = 0;
        zone = default;
        var pos = 0;
        if (!TryDigits(text, ref pos, 2, out var hour))
        {
            return false;
        }

        int minute = 0, second = 0;
        long nano = 0;
        if (pos < text.Length && (text[pos] == ':' || char.IsAsciiDigit(text[pos])))
        {
            var colon = text[pos] == ':';
            if (colon)
            {
                pos++;
            }

            if (!TryDigits(text, ref pos, 2, out minute))
            {
                return false;
            }

            if (pos < text.Length && (colon ? text[pos] == ':' : char.IsAsciiDigit(text[pos])))
            {
                if (colon)
                {
                    pos++;
                }

                if (!TryDigits(text, ref pos, 2, out second))
                {
                    return false;
                }

                if (pos < text.Length && (text[pos] == '.' || text[pos] == ','))
                {
                    pos++;
                    var digits = 0;
                    while (pos < text.Length && char.IsAsciiDigit(text[pos]))
                    {
                        if (digits == 9)
                        {
                            return false;
                        }

                        nano = (nano * 10) + (text[pos] - '0');
                        digits++;
                        pos++;
                    }

                    if (digits == 0)
                    {
                        return false;
                    }

                    for (var i = digits; i < 9; i++)
                    {
                        nano *= 10;
                    }
                }
            }
        }

        if (hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        nanoOfDay = (((hour * 3600L) + (minute * 60L) + second) * IsoCalendar.NanosPerSecond) + nano;
        return TryZone(text[pos..], out zone);
    }

    private static bool TryZone(ReadOnlySpan<char> text, out ZonePart zone)
    {
        zone = default;
        if (text.IsEmpty)
        {
            return true;
        }

        string? region = null;
        var bracket = text.IndexOf('[');
        if (bracket >= 0)
        {
            if (text[^1] != ']' || bracket + 2 > text.Length - 1)
            {
                return false;
            }

            region = text[(bracket + 1)..^1].ToString();
            text = text[..bracket];
        }

        int? offset = null;
        if (!text.IsEmpty)
        {
            if (!TimeZones.TryParseOffset(text, out var seconds))
            {
                return false;
            }

            offset = seconds;
        }

        zone = new ZonePart(offset, region);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> text, ref int pos, int count, out int value)
    {
        value = 0;
        if (pos + count > text.Length)
        {
            return false;
        }

        for (var i = 0; i < count; i++)
        {
            var c = text[pos + i];
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        pos += count;
        return true;
    }

    private static bool AllDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return !text.IsEmpty;
    }

    private static int Number(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            value = (value * 10) + (c - '0');
        }

        return value;
    }
}
