namespace Chile1973.Graph.Cypher.Execution;

/// <summary>
/// <c>value IN list</c> for one IN of a query. A list seen twice in a row (a parameter, such as a frontier of ids
/// checked against every row an expansion yields) gets a hash set of its strings, so each further string is found
/// in constant time instead of by comparing it with every item.
/// </summary>
internal sealed class ListMembership
{
    // Below this many items comparing one by one costs less than building a set.
    private const int HashedFrom = 16;

    private IReadOnlyList<object?>? _seen;
    private Strings? _strings;

    public object? In(object? value, object? list)
    {
        if (list is null)
        {
            return null;
        }

        if (list is not IReadOnlyList<object?> items)
        {
            return CypherErrors.TypeError<object?>("InvalidArgumentType", $"IN needs a list, not {CypherValues.TypeName(list)}.");
        }

        if (value is string text && items.Count >= HashedFrom && StringsOf(items) is { } strings)
        {
            // A string equals only an equal string; any null item makes a miss unknown rather than false.
            return strings.Set.Contains(text) ? Boxed.True : strings.HasNull ? null : Boxed.False;
        }

        var unknown = false;
        foreach (var item in items)
        {
            var e = ValueComparison.Equal(value, item);
            if (e == true)
            {
                return Boxed.True;
            }

            unknown |= e is null;
        }

        return unknown ? null : Boxed.False;
    }

    // The strings of a list seen in the previous call too, or null the first time (when the set may not pay for itself).
    private Strings? StringsOf(IReadOnlyList<object?> items)
    {
        var strings = Volatile.Read(ref _strings);
        if (strings is not null && ReferenceEquals(strings.List, items))
        {
            return strings;
        }

        if (!ReferenceEquals(Interlocked.Exchange(ref _seen, items), items))
        {
            return null;
        }

        var set = new HashSet<string>(items.Count, StringComparer.Ordinal);
        var hasNull = false;
        foreach (var item in items)
        {
            if (item is string s)
            {
                set.Add(s);
            }
            else
            {
                hasNull |= item is null;
            }
        }

        strings = new Strings(items, set, hasNull);
        Volatile.Write(ref _strings, strings);
        return strings;
    }

    private sealed record Strings(IReadOnlyList<object?> List, HashSet<string> Set, bool HasNull);
}
