using Chile1973.Graph.Web.Search;
using Xunit;

namespace Chile1973.Graph.Web.Tests.Units;

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
}
