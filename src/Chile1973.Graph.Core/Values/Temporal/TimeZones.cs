using NodaTime;

namespace Chile1973.Graph.Core.Values.Temporal;

/// <summary>
/// Time-zone rules for IANA region ids (<c>Europe/Stockholm</c>) and fixed offsets (<c>+01:00</c>, <c>Z</c>).
/// Offsets resolve the way java.time's ZonedDateTime does. The rules come from the tz database NodaTime
/// embeds (its version is <see cref="DatabaseVersion"/>), not from the operating system's files, which
/// differ between distributions and do not exist on Windows: results are the same on every machine.
/// </summary>
public static class TimeZones
{
    /// <summary>Largest offset java.time allows (18 hours).</summary>
    public const int MaxOffsetSeconds = 18 * 3600;

    // NodaTime's instants span years -9998..9999; java.time's zone rules are constant beyond the last transition.
    private static readonly long MinInstantSecond = Instant.MinValue.ToUnixTimeSeconds() + IsoCalendar.SecondsPerDay;
    private static readonly long MaxInstantSecond = Instant.MaxValue.ToUnixTimeSeconds() - IsoCalendar.SecondsPerDay;

    /// <summary>The version of the tz database the rules come from (e.g. <c>2025b</c>).</summary>
    public static string DatabaseVersion => DateTimeZoneProviders.Tzdb.VersionId;

    /// <summary>java.time's id of an offset: <c>Z</c>, <c>+01:00</c>, <c>-02:05:07</c>.</summary>
    public static string OffsetId(int offsetSeconds) => TemporalText.OffsetId(offsetSeconds);

    /// <summary>Whether a region id names a known zone.</summary>
    public static bool IsKnownRegion(string zoneId) => Find(zoneId) is not null;

    /// <summary>
    /// The region id as values carry it, or null when no zone has that name. Neo4j reads a space in a zone
    /// name as an underscore (<c>America/Los Angeles</c> is <c>America/Los_Angeles</c>).
    /// </summary>
    public static string? RegionId(string text)
    {
        var id = text.Replace(' ', '_');
        return Find(id) is null ? null : id;
    }

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
        var instant = Instant.FromUnixTimeSeconds(Math.Clamp(epochSecond, MinInstantSecond, MaxInstantSecond));
        return zone.GetUtcOffset(instant).Seconds;
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

    private static DateTimeZone? Find(string zoneId) => DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId);

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
