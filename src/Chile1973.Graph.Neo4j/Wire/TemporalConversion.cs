namespace Chile1973.Graph.Neo4j.Wire;

/// <summary>Maps temporal values between their Query API ISO text and the port's temporal types.</summary>
internal static class TemporalConversion
{
    /// <summary>The value of a typed temporal (<c>Date</c>, <c>ZonedDateTime</c>, ...) from its ISO text.</summary>
    // REVIEW: returns the ISO text until the temporal types of Core.Values.Temporal are available.
    public static object FromWire(string type, string iso) => iso;

    /// <summary>The Query API type name and ISO text of a temporal value, or false when it is not one.</summary>
    public static bool TryToWire(object value, out string type, out string iso)
    {
        type = string.Empty;
        iso = string.Empty;
        switch (value)
        {
            case DateOnly date:
                type = "Date";
                iso = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                return true;
            default:
                return false;
        }
    }
}
