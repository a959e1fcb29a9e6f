namespace Chile1973.Graph.Cypher.Functions;

/// <summary>
/// The engine's one door to temporal values: comparison, ordering, arithmetic, properties and the
/// temporal functions. Values the engine does not know as temporal fall through (null / false).
/// </summary>
internal static class TemporalSupport
{
    // REVIEW: delegates to Functions.Temporal.TemporalFunctions once that lands; until then no value is temporal.
    public static bool IsTemporal(object? value) => false;

    public static int? Compare(object a, object b) => null;

    /// <summary>The order of temporal kinds among themselves (datetime, local datetime, date, time, local time, duration).</summary>
    public static int OrderRank(object value) => value.GetType().Name switch
    {
        "CypherDateTime" => 0,
        "CypherLocalDateTime" => 1,
        "CypherDate" => 2,
        "CypherTime" => 3,
        "CypherLocalTime" => 4,
        "CypherDuration" => 5,
        _ => 6,
    };

    public static bool IsTemporalFunction(string lowerCaseName) => false;

    public static object? Invoke(string lowerCaseName, ReadOnlySpan<object?> args, DateTimeOffset now) =>
        throw new InvalidOperationException($"The temporal function {lowerCaseName} is not available.");

    public static bool TryGetProperty(object value, string key, out object? result)
    {
        result = null;
        return false;
    }

    public static bool TryAdd(object? left, object? right, out object? result)
    {
        result = null;
        return false;
    }

    public static bool TrySubtract(object? left, object? right, out object? result)
    {
        result = null;
        return false;
    }

    public static bool TryMultiply(object? left, object? right, out object? result)
    {
        result = null;
        return false;
    }

    public static bool TryDivide(object? left, object? right, out object? result)
    {
        result = null;
        return false;
    }
}
