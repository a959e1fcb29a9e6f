using Chile1973.Graph.Cypher.Functions.Temporal;

namespace Chile1973.Graph.Cypher.Functions;

/// <summary>
/// The engine's one door to temporal values: comparison, ordering, arithmetic, properties and the
/// temporal functions, all answered by <see cref="TemporalFunctions"/>. Values that are not temporal fall through (null / false).
/// </summary>
internal static class TemporalSupport
{
    public static bool IsTemporal(object? value) => TemporalFunctions.IsTemporalValue(value);

    public static int? Compare(object a, object b) => TemporalFunctions.Compare(a, b);

    /// <summary>ORDER BY within one temporal type: as <see cref="Compare"/>, and durations by their average length.</summary>
    public static int OrderCompare(object a, object b) => a is IComparable comparable && a.GetType() == b.GetType()
        ? comparable.CompareTo(b)
        : Compare(a, b) ?? 0;

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

    public static bool IsTemporalFunction(string lowerCaseName) => TemporalFunctions.IsTemporalFunction(lowerCaseName);

    public static object? Invoke(string lowerCaseName, ReadOnlySpan<object?> args, DateTimeOffset now) =>
        TemporalFunctions.Invoke(lowerCaseName, args, new TemporalContext(now));

    public static bool TryGetProperty(object value, string key, out object? result) => TemporalFunctions.TryGetProperty(value, key, out result);

    public static bool TryAdd(object? left, object? right, out object? result) => TemporalFunctions.TryAdd(left, right, out result);

    public static bool TrySubtract(object? left, object? right, out object? result) => TemporalFunctions.TrySubtract(left, right, out result);

    public static bool TryMultiply(object? left, object? right, out object? result) => TemporalFunctions.TryMultiply(left, right, out result);

    public static bool TryDivide(object? left, object? right, out object? result) => TemporalFunctions.TryDivide(left, right, out result);
}
