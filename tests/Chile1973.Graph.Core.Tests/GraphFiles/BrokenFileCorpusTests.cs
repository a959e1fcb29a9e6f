using Chile1973.Graph.Core.GraphFiles;
using Xunit;

namespace Chile1973.Graph.Core.Tests.GraphFiles;

/// <summary>
/// The corpus of broken graph files (<c>BrokenFiles/&lt;case&gt;/graph</c>, the valid test graph with one
/// thing wrong), each paired in <c>expected.txt</c> with the exact lines validation must print.
/// </summary>
public sealed class BrokenFileCorpusTests
{
    private static string CorpusRoot => Path.Combine(AppContext.BaseDirectory, "GraphFiles", "BrokenFiles");

    public static TheoryData<string> Cases() => [.. Directory.GetDirectories(CorpusRoot).Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Broken_file_is_reported_with_exactly_its_expected_messages(string name)
    {
        var expected = File.ReadAllLines(Path.Combine(CorpusRoot, name, "expected.txt")).Where(l => l.Length > 0);

        var report = GraphValidator.Validate(Path.Combine(CorpusRoot, name, "graph"), TestGraphs.Seeds("valid"));

        Assert.Null(report.Graph);
        Assert.Equal(expected, report.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Corpus_holds_a_case_for_each_kind_of_broken_file()
    {
        Assert.True(Cases().Count >= 12, $"only {Cases().Count} cases");
    }
}
