namespace Chile1973.Graph.Cypher.Functions.Temporal;

/// <summary>A zone as Cypher names it: an IANA region (<c>Europe/Stockholm</c>) or a fixed offset (<c>+01:00</c>).</summary>
internal readonly record struct TemporalZone(string? Region, int FixedOffset)
{
    public static bool TryParse(string text, out TemporalZone zone)
    {
        if (TimeZones.TryParseOffset(text, out var offset))
        {
            zone = new TemporalZone(null, offset);
            return true;
        }

        if (text.Length > 0 && TimeZones.RegionId(text) is { } region)
        {
            zone = new TemporalZone(region, 0);
            return true;
        }

        zone = default;
        return false;
    }

    public static TemporalZone Parse(string text)
    {
        if (!TryParse(text, out var zone))
        {
            TemporalErrors.InvalidArgumentValue($"Invalid time zone '{text}'.");
        }

        return zone;
    }

    /// <summary>The zone of a date-time value: its region when it has one, else its offset.</summary>
    public static TemporalZone Of(CypherDateTime value) => new(value.ZoneId, value.OffsetSeconds);

    /// <summary>A local date-time placed in this zone.</summary>
    public CypherDateTime AtLocal(long epochDay, long nanoOfDay, int? preferredOffset = null) => Region is null
        ? new CypherDateTime(epochDay, nanoOfDay, FixedOffset)
        : CypherDateTime.OfLocal(epochDay, nanoOfDay, Region, preferredOffset);

    /// <summary>An instant seen in this zone.</summary>
    public CypherDateTime AtInstant(long epochSecond, int nano) => CypherDateTime.OfInstant(epochSecond, nano, Region, FixedOffset);

    /// <summary>The offset in force at an instant.</summary>
    public int OffsetAt(long epochSecond) => Region is null ? FixedOffset : TimeZones.OffsetAt(Region, epochSecond);
}
