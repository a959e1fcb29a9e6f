using Chile1973.Graph.Core.Values.Temporal;

namespace Chile1973.Graph.Neo4j.Wire;

/// <summary>
/// Maps temporal values between their Query API ISO text (<see href="https://neo4j.com/docs/query-api/current/typed-json/"/>) and the port's temporal types.
/// </summary>
internal static class TemporalConversion
{
    /// <summary>The value of a typed temporal (<c>Date</c>, <c>ZonedDateTime</c>, ...) from its ISO text.</summary>
    public static object FromWire(string type, string iso) => type switch
    {
        "Date" => CypherDate.Parse(iso),
        "Time" => CypherTime.Parse(iso),
        "LocalTime" => CypherLocalTime.Parse(iso),
        "LocalDateTime" => CypherLocalDateTime.Parse(iso),
        "ZonedDateTime" or "OffsetDateTime" => CypherDateTime.Parse(iso),
        "Duration" => CypherDuration.Parse(iso),
        _ => throw new FormatException($"'{type}' is not a temporal type."),
    };

    /// <summary>The Query API type name and ISO text of a temporal value, or false when it is not one.</summary>
    public static bool TryToWire(object value, out string type, out string iso)
    {
        // Neo4j 2026.04+ refuses a ZonedDateTime without a zone id: an offset-only value is an OffsetDateTime.
        type = value switch
        {
            CypherDate => "Date",
            CypherTime => "Time",
            CypherLocalTime => "LocalTime",
            CypherLocalDateTime => "LocalDateTime",
            CypherDateTime { ZoneId: not null } => "ZonedDateTime",
            CypherDateTime => "OffsetDateTime",
            CypherDuration => "Duration",
            _ => string.Empty,
        };
        iso = type.Length == 0 ? string.Empty : value.ToString()!;
        return type.Length > 0;
    }
}
