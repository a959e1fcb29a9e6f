using Chile1973.Graph.Cypher.Functions.Temporal;

namespace Chile1973.Graph.Cypher.Functions;

/// <summary>
/// The engine's one door to temporal values (implemented by <see cref="TemporalFunctions"/>): comparison,
/// ordering, arithmetic, properties and the temporal functions. Non-temporal values fall through (null / false).
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
    public static int OrderRank(object value) => TemporalFunctions.TypeName(value) switch
    {
        "ZONED DATETIME" => 0,
        "LOCAL DATETIME" => 1,
        "DATE" => 2,
        "ZONED TIME" => 3,
        "LOCAL TIME" => 4,
        "DURATION" => 5,
        _ => 6,
    };

    public static bool IsTemporalFunction(string lowerCaseName) => TemporalFunctions.IsTemporalFunction(lowerCaseName);

    public static object? Invoke(string lowerCaseName, ReadOnlySpan<object?> args, QueryContext context) =>
        TemporalFunctions.Invoke(lowerCaseName, args, context.Temporal);

    public static bool TryGetProperty(object value, string key, out object? result)
    {
        result = null;
        return IsTemporal(value) && TemporalFunctions.TryGetProperty(value, key, out result);
    }

    public static bool TryAdd(object? left, object? right, out object? result) => TemporalFunctions.TryAdd(left, right, out result);

    public static bool TrySubtract(object? left, object? right, out object? result) => TemporalFunctions.TrySubtract(left, right, out result);

    public static bool TryMultiply(object? left, object? right, out object? result) => TemporalFunctions.TryMultiply(left, right, out result);

    public static bool TryDivide(object? left, object? right, out object? result) => TemporalFunctions.TryDivide(left, right, out result);
}
