namespace Chile1973.Graph.Cypher.Functions;

/// <summary>
/// range(start, end [, step]): the bounds, the element count worked out before anything is built, and the elements
/// one at a time, so UNWIND range(...) can stream them without holding the list.
/// </summary>
internal readonly record struct ListRange(long Start, long End, long Step)
{
    /// <summary>Reads and checks the arguments of range().</summary>
    public static ListRange From(object?[] arguments)
    {
        foreach (var argument in arguments)
        {
            if (argument is not long)
            {
                CypherErrors.ArgumentError("InvalidArgumentType", $"range() takes integers, not {CypherValues.TypeName(argument)}.");
            }
        }

        var step = arguments.Length > 2 ? (long)arguments[2]! : 1L;
        if (step == 0)
        {
            CypherErrors.ArgumentError("NumberOutOfRange", "range() cannot step by 0.");
        }

        return new ListRange((long)arguments[0]!, (long)arguments[1]!, step);
    }

    /// <summary>How many elements the range has (128-bit: the span of two longs does not fit a long).</summary>
    public Int128 Count
    {
        get
        {
            var span = (Int128)End - Start;
            if (span != 0 && (span < 0) != (Step < 0))
            {
                return 0;
            }

            return (span / Step) + 1;
        }
    }

    /// <summary>The elements in order, checking for cancellation as it goes.</summary>
    public IEnumerable<long> Values(QueryContext context)
    {
        var count = Count;
        var value = Start;
        for (Int128 i = 0; i < count; i++)
        {
            context.Tick();
            yield return value;
            value = unchecked(value + Step);
        }
    }

    /// <summary>The range as a list, refused before it is built when it is longer than the query's list limit.</summary>
    public List<object?> ToList(QueryContext context)
    {
        var count = Count;
        context.Limits.CheckList(count > long.MaxValue ? long.MaxValue : (long)count, "range()");
        var list = new List<object?>((int)count);
        foreach (var value in Values(context))
        {
            list.Add(value);
        }

        return list;
    }
}
