using Chile1973.Graph.Cypher.Store;
using Chile1973.Graph.Testing;
using CsCheck;
using Xunit;

namespace Chile1973.Graph.Cypher.Tests.Store;

/// <summary>The sort behind search's word starts: places end in the ordinal order of the text after each.</summary>
public sealed class SuffixSortTests
{
    // Few letters, so texts share long prefixes and whole suffixes, as a large graph's names do; a space, and
    // characters either side of the letters in UTF-16 order.
    private static readonly Gen<string> Text = Gen.String[Gen.Char["ab o\u00e9\u4e00\u0001"], 0, 40];

    private static readonly Gen<(string[] Texts, TextPlace[] Places)> Input =
        from texts in Text.Array[1, 60]
        from picks in Gen.Int[0, int.MaxValue].Array[0, 400]
        select (texts, picks.Select(p => Place(texts, p)).ToArray());

    [Fact]
    public void Places_are_sorted_by_the_text_that_follows_them_in_ordinal_order()
    {
        FuzzRun.Check("suffix-sort-order", Input, input =>
        {
            var (texts, places) = input;
            var expected = places.Select(p => Suffix(texts, p)).Order(StringComparer.Ordinal).ToArray();

            SuffixSort.Sort(places, texts);

            Assert.Equal(expected, places.Select(p => Suffix(texts, p)));
        }, fixedInputs: 2_000, fixedSeed: 1973, print: Print);
    }

    [Fact]
    public void Every_place_is_kept_once()
    {
        FuzzRun.Check("suffix-sort-places", Input, input =>
        {
            var (texts, places) = input;
            var before = InPlaceOrder(places);

            SuffixSort.Sort(places, texts);

            Assert.Equal(before, InPlaceOrder(places));
        }, fixedInputs: 500, fixedSeed: 1974, print: Print);
    }

    // A place in one of the texts, anywhere up to its end.
    private static TextPlace Place(string[] texts, int pick)
    {
        var text = pick % texts.Length;
        return new TextPlace(text, pick / texts.Length % (texts[text].Length + 1));
    }

    private static TextPlace[] InPlaceOrder(IEnumerable<TextPlace> places) => [.. places.OrderBy(p => p.Text).ThenBy(p => p.Offset)];

    private static string Print((string[] Texts, TextPlace[] Places) input) =>
        $"texts [{string.Join(", ", input.Texts.Select(t => $"\"{t}\""))}] places [{string.Join(", ", input.Places)}]";

    private static string Suffix(string[] texts, TextPlace place) => texts[place.Text][place.Offset..];
}
