namespace Chile1973.Graph.Cypher.Store;

/// <summary>Searches in ascending int arrays that a merge walks forward through.</summary>
internal static class SortedSearch
{
    /// <summary>
    /// The first index at or after <paramref name="from"/> whose value is not below <paramref name="value"/> (the
    /// length when none is): doubling steps from <paramref name="from"/>, then a binary search between the last two,
    /// so a merge that moves forward a little at a time reads only the values near where it is.
    /// </summary>
    public static int LowerBoundFrom(ReadOnlySpan<int> sorted, int value, int from)
    {
        if (from >= sorted.Length || sorted[from] >= value)
        {
            return from;
        }

        // sorted[lo] < value throughout; the answer lies after lo and no further than lo + step.
        var lo = from;
        var step = 1;
        while (lo + step < sorted.Length && sorted[lo + step] < value)
        {
            lo += step;
            step <<= 1;
        }

        var hi = Math.Min(sorted.Length, lo + step + 1);
        lo++;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
