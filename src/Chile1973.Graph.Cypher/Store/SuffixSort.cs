namespace Chile1973.Graph.Cypher.Store;

/// <summary>A place in one of a list of texts: the text's index and the offset in it.</summary>
internal readonly record struct TextPlace(int Text, int Offset);

/// <summary>
/// Sorts places in texts by the ordinal order of the text that follows each, one character at a time (multikey
/// quicksort, Bentley and Sedgewick). Kept here rather than sorting with a comparison: the names of a large graph
/// share long prefixes ("organization 1…"), and a comparison sort reads them again on every comparison.
/// </summary>
internal static class SuffixSort
{
    // Ranges this short are sorted by insertion, comparing whole suffixes from the depth already known equal.
    private const int InsertionBelow = 12;

    public static void Sort(TextPlace[] places, string[] texts)
    {
        var pending = new Stack<(int Lo, int Hi, int Depth)>();
        pending.Push((0, places.Length, 0));
        while (pending.TryPop(out var range))
        {
            var (lo, hi, depth) = range;
            if (hi - lo < InsertionBelow)
            {
                InsertionSort(places, texts, lo, hi, depth);
                continue;
            }

            var pivot = MedianOfThree(
                CharAt(places[lo], texts, depth), CharAt(places[(lo + hi) >>> 1], texts, depth), CharAt(places[hi - 1], texts, depth));

            // Three ways around the pivot character: [lo, lt) below, [lt, gt] equal, (gt, hi) above.
            int lt = lo, i = lo, gt = hi - 1;
            while (i <= gt)
            {
                var c = CharAt(places[i], texts, depth);
                if (c < pivot)
                {
                    (places[lt], places[i]) = (places[i], places[lt]);
                    lt++;
                    i++;
                }
                else if (c > pivot)
                {
                    (places[gt], places[i]) = (places[i], places[gt]);
                    gt--;
                }
                else
                {
                    i++;
                }
            }

            pending.Push((lo, lt, depth));
            pending.Push((gt + 1, hi, depth));
            if (pivot >= 0)
            {
                // Those equal so far go on from the next character; past the end of their texts they are equal.
                pending.Push((lt, gt + 1, depth + 1));
            }
        }
    }

    // The character `depth` past the place, or -1 past the end of its text (a shorter text sorts first).
    private static int CharAt(TextPlace place, string[] texts, int depth)
    {
        var text = texts[place.Text];
        var at = place.Offset + depth;
        return at < text.Length ? text[at] : -1;
    }

    private static int MedianOfThree(int a, int b, int c) =>
        a < b ? (b < c ? b : a < c ? c : a) : (a < c ? a : b < c ? c : b);

    private static void InsertionSort(TextPlace[] places, string[] texts, int lo, int hi, int depth)
    {
        for (var i = lo + 1; i < hi; i++)
        {
            var place = places[i];
            var suffix = Suffix(place, texts, depth);
            var j = i - 1;
            while (j >= lo && Suffix(places[j], texts, depth).SequenceCompareTo(suffix) > 0)
            {
                places[j + 1] = places[j];
                j--;
            }

            places[j + 1] = place;
        }
    }

    private static ReadOnlySpan<char> Suffix(TextPlace place, string[] texts, int depth)
    {
        var text = texts[place.Text];
        return text.AsSpan(Math.Min(text.Length, place.Offset + depth));
    }
}
