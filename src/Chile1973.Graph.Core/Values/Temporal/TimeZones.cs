using System.Collections.Concurrent;

namespace Chile1973.Graph.Core.Values.Temporal;

/// <summary>
/// Time-zone rules for IANA region ids (<c>Europe/Stockholm</c>) from the system's tz database, and
/// fixed offsets (<c>+01:00</c>, <c>Z</c>). Offsets resolve the way java.time's ZonedDateTime does.
/// </summary>
public static class TimeZones
{
    /// <summary>Largest offset java.time allows (18 hours).</summary>
    public const int MaxOffsetSeconds = 18 * 3600;

    private static readonly ConcurrentDictionary<string, TimeZoneInfo?> Cache = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, TzifZone?> Histories = new(StringComparer.Ordinal);

    private static readonly long MinDateTimeSecond = (IsoCalendar.EpochDay(1, 1, 2) * IsoCalendar.SecondsPerDay);
    private static readonly long MaxDateTimeSecond = (IsoCalendar.EpochDay(9999, 12, 30) * IsoCalendar.SecondsPerDay);

    /// <summary>java.time's id of an offset: <c>Z</c>, <c>+01:00</c>, <c>-02:05:07</c>.</summary>
    public static string OffsetId(int offsetSeconds) => TemporalText.OffsetId(offsetSeconds);

    /// <summary>Whether a region id names a known zone.</summary>
    public static bool IsKnownRegion(string zoneId) => Find(zoneId) is not null;

    /// <summary>
    /// Parses an offset (<c>Z</c>, <c>+01</c>, <c>+0100</c>, <c>+01:00</c>, <c>-02:05:07</c>); false when the text is not one.
    /// </summary>
    public static bool TryParseOffset(ReadOnlySpan<char> text, out int offsetSeconds)
    {
        offsetSeconds = 0;
        if (text is "Z" or "z")
        {
            return true;
        }

        if (text.Length < 3 || (text[0] != '+' && text[0] != '-'))
        {
            return false;
        }

        var sign = text[0] == '-' ? -1 : 1;
        var pos = 1;
        if (!TryTwoDigits(text, ref pos, out var hours))
        {
            return false;
        }

        var minutes = 0;
        var seconds = 0;
        if (pos < text.Length)
        {
            var colon = text[pos] == ':';
            if (colon)
            {
                pos++;
            }

            if (!TryTwoDigits(text, ref pos, out minutes))
            {
                return false;
            }

            if (pos < text.Length)
            {
                if (colon != (text[pos] == ':'))
                {
                    return false;
                }

                if (colon)
                {
                    pos++;
                }

                if (!TryTwoDigits(text, ref pos, out seconds))
                {
                    return false;
                }
            }
        }

        if (pos != text.Length || minutes > 59 || seconds > 59)
        {
            return false;
        }

        offsetSeconds = sign * ((hours * 3600) + (minutes * 60) + seconds);
        return Math.Abs(offsetSeconds) <= MaxOffsetSeconds;
    }

    /// <summary>The zone's offset at an instant, in seconds.</summary>
    public static int OffsetAt(string zoneId, long epochSecond)
    {
        var zone = Find(zoneId) ?? throw new ArgumentException($"Unknown time zone '{zoneId}'.", nameof(zoneId));
        if (Histories.GetOrAdd(zoneId, TzifZone.Load)?.TryOffsetAt(epochSecond, out var exact) == true)
        {
            return exact;
        }

        var clamped = Math.Clamp(epochSecond, MinDateTimeSecond, MaxDateTimeSecond);
        var utc = DateTime.UnixEpoch.AddSeconds(clamped);
        return (int)zone.GetUtcOffset(utc).TotalSeconds;
    }

    /// <summary>
    /// The offset for a local date-time in a zone, java.time's way: in an overlap the preferred offset if valid,
    /// else the earlier one; in a gap the local time moves forward by the gap's length.
    /// </summary>
    public static (long EpochDay, long NanoOfDay, int OffsetSeconds) ResolveLocal(string zoneId, long epochDay, long nanoOfDay, int? preferredOffset)
    {
        var localSecond = (epochDay * IsoCalendar.SecondsPerDay) + (nanoOfDay / IsoCalendar.NanosPerSecond);
        var before = OffsetAt(zoneId, localSecond - IsoCalendar.SecondsPerDay);
        var after = OffsetAt(zoneId, localSecond + IsoCalendar.SecondsPerDay);
        var beforeValid = OffsetAt(zoneId, localSecond - before) == before;
        var afterValid = OffsetAt(zoneId, localSecond - after) == after;
        if (beforeValid && afterValid)
        {
            var chosen = preferredOffset is { } p && (p == before || p == after) ? p : before;
            return (epochDay, nanoOfDay, chosen);
        }

        if (beforeValid || afterValid)
        {
            return (epochDay, nanoOfDay, beforeValid ? before : after);
        }

        if (after > before)
        {
            // A local time in a gap: java.time shifts it later by the length of the gap.
            var total = (epochDay * IsoCalendar.NanosPerDay) + nanoOfDay + ((long)(after - before) * IsoCalendar.NanosPerSecond);
            return (IsoCalendar.FloorDiv(total, IsoCalendar.NanosPerDay), IsoCalendar.FloorMod(total, IsoCalendar.NanosPerDay), after);
        }

        // Two transitions within a day of each other: fall back to the offset at the instant read as UTC.
        return (epochDay, nanoOfDay, OffsetAt(zoneId, localSecond));
    }

    private static TimeZoneInfo? Find(string zoneId) => Cache.GetOrAdd(zoneId, static id =>
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException)
        {
            return null;
        }
        catch (InvalidTimeZoneException)
        {
            return null;
        }
    });

    private static bool TryTwoDigits(ReadOnlySpan<char> text, ref int pos, out int value)
    {
        value = 0;
        if (pos + 2 > text.Length || !char.IsAsciiDigit(text[pos]) || !char.IsAsciiDigit(text[pos + 1]))
        {
            return false;
        }

        value = ((text[pos] - '0') * 10) + (text[pos + 1] - '0');
        pos += 2;
        return true;
    }
}
