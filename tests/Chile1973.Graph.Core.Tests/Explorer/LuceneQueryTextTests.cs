using Chile1973.Graph.Core.Explorer;
using Xunit;

namespace Chile1973.Graph.Core.Tests.Explorer;

public sealed class LuceneQueryTextTests
{
    [Theory]
    [InlineData("Allende", "allende*")]
    [InlineData("  Salvador   Allende ", "salvador allende*")]
    [InlineData("UP", "up*")]
    [InlineData("Prats-Millas", "prats\\-millas*")]
    [InlineData("a AND b", "a and b*")]
    [InlineData("(x)", "\\(x\\)*")]
    [InlineData("\"q\"", "\\\"q\\\"*")]
    [InlineData("a:b/c", "a\\:b\\/c*")]
    public void ForPrefix_escapes_every_special_character_and_appends_a_wildcard(string text, string expected) =>
        Assert.Equal(expected, LuceneQueryText.ForPrefix(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void ForPrefix_gives_nothing_for_blank_text(string? text) =>
        Assert.Null(LuceneQueryText.ForPrefix(text));

    [Theory]
    [InlineData("allende*", new[] { "allende" })]
    [InlineData("prats\\-millas*", new[] { "prats-millas" })]
    [InlineData("salvador AND allende", new[] { "salvador", "allende" })]
    [InlineData("+(unidad || popular)^2 -x~0.8", new[] { "unidad", "popular", "x" })]
    [InlineData("a\\:b\\/c*", new[] { "a:b/c" })]
    public void Words_reads_escapes_and_leaves_out_syntax(string query, string[] expected) =>
        Assert.Equal(expected, LuceneQueryText.Words(query));

    [Theory]
    [InlineData("Prats-Millas")]
    [InlineData("O'Higgins (Chile)")]
    [InlineData("a AND b")]
    [InlineData("\"quoted\" a:b/c")]
    public void Words_of_a_prefix_query_are_the_words_the_user_typed(string text) =>
        Assert.Equal(text.ToLowerInvariant().Split(' '), LuceneQueryText.Words(LuceneQueryText.ForPrefix(text)!));
}
