using Chile1973.Graph.Core.GraphFiles;
using Xunit;

namespace Chile1973.Graph.Core.Tests.GraphFiles;

public sealed class SeedDocumentTests
{
    private static readonly SeedDocument Document = new("doc", "Title\n\nFirst line, “curly” — dash.\nThe port of\n   Valparaiso was busy.\n");

    [Fact]
    public void Locate_finds_a_verbatim_quote_with_its_line_and_column()
    {
        var passage = Document.Locate("“curly” — dash");

        Assert.NotNull(passage);
        Assert.Equal(("doc", 3, 13), (passage.DocumentId, passage.Line, passage.Column));
        Assert.Equal("“curly” — dash", Document.Text.Substring(passage.Offset, passage.Length));
    }

    [Fact]
    public void Locate_treats_any_white_space_run_as_one_space()
    {
        var passage = Document.Locate("  The port of Valparaiso\twas   busy. ");

        Assert.NotNull(passage);
        Assert.Equal(4, passage.Line);
        Assert.Equal("The port of\n   Valparaiso was busy.", Document.Text.Substring(passage.Offset, passage.Length));
    }

    [Theory]
    [InlineData("\"curly\" — dash")]
    [InlineData("“curly” - dash")]
    [InlineData("first line")]
    [InlineData("")]
    [InlineData("   ")]
    public void Locate_does_not_match_changed_quotes_dashes_or_case(string quote)
    {
        Assert.Null(Document.Locate(quote));
    }

    [Fact]
    public void LocateLoosely_finds_a_quote_typed_with_straight_quotation_marks_and_gives_the_text_as_published()
    {
        var passage = Document.LocateLoosely("First line, \"curly\" — dash");

        Assert.NotNull(passage);
        Assert.Equal("First line, “curly” — dash", Document.Text.Substring(passage.Offset, passage.Length));
    }

    [Theory]
    [InlineData("“curly” - dash")]
    [InlineData("first line")]
    [InlineData("")]
    public void LocateLoosely_still_refuses_changed_dashes_or_case(string quote)
    {
        Assert.Null(Document.LocateLoosely(quote));
    }

    [Fact]
    public void GetLine_returns_a_line_without_its_break()
    {
        Assert.Equal("The port of", Document.GetLine(4));
        Assert.Equal(6, Document.LineCount);
    }

    [Fact]
    public void Library_loads_txt_files_by_name_and_locates_quotes()
    {
        var library = SeedLibrary.Load(TestGraphs.Seeds("valid"));

        Assert.Equal(["seed_a"], library.Documents.Select(d => d.Id));
        Assert.Equal(3, library.Locate("seed_a", "Ana Perez taught in Valparaiso.")?.Line);
        Assert.Null(library.Locate("seed_b", "Ana Perez taught in Valparaiso."));
    }
}
