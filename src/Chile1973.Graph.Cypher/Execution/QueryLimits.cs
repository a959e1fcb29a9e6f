namespace Chile1973.Graph.Cypher.Execution;

/// <summary>
/// The largest list and string one query may build. The time limit cannot stop a single allocation that takes
/// the process's memory (range(1, 1000000000) materialised), so sizes are checked before the value is built.
/// </summary>
internal sealed record QueryLimits(int MaxListSize, int MaxStringLength)
{
    /// <summary>The limits of an engine's options.</summary>
    public static QueryLimits From(EmbeddedEngineOptions options) => new(options.MaxListSize, options.MaxStringLength);

    /// <summary>Fails when <paramref name="what"/> would build a list of more than the allowed elements.</summary>
    public void CheckList(long count, string what)
    {
        if (count > MaxListSize)
        {
            ThrowList(count, what);
        }
    }

    /// <summary>Fails when <paramref name="what"/> would build a string longer than allowed.</summary>
    public void CheckString(long length, string what)
    {
        if (length > MaxStringLength)
        {
            throw new CypherException(CypherErrorKind.LimitExceeded, "StringTooLarge",
                $"{what} would build a string of {length} characters, more than the limit of {MaxStringLength} (MaxStringLength).",
                CypherErrorPhase.Runtime);
        }
    }

    /// <summary>Checks the size of <c>a + b</c> before it is built: list concatenation and string concatenation.</summary>
    public void CheckAddition(object? a, object? b)
    {
        switch (a)
        {
            case IReadOnlyList<object?> la:
                CheckList((long)la.Count + (b is IReadOnlyList<object?> lb ? lb.Count : 1), "The list concatenation +");
                break;
            case string sa when b is string sb:
                CheckString((long)sa.Length + sb.Length, "The string concatenation +");
                break;
            case string sa when b is long or double or bool:
                // A number or boolean prints in at most 32 characters.
                CheckString((long)sa.Length + 32, "The string concatenation +");
                break;
            default:
                if (b is IReadOnlyList<object?> list)
                {
                    CheckList((long)list.Count + 1, "The list concatenation +");
                }
                else if (b is string s && a is long or double or bool)
                {
                    CheckString((long)s.Length + 32, "The string concatenation +");
                }

                break;
        }
    }

    private void ThrowList(long count, string what) =>
        throw new CypherException(CypherErrorKind.LimitExceeded, "ListTooLarge",
            $"{what} would build a list of {count} elements, more than the limit of {MaxListSize} (MaxListSize).",
            CypherErrorPhase.Runtime);
}
