using System.Collections;
using System.Globalization;
using Chile1973.Graph.Core.GraphFiles;
using Chile1973.Graph.Core.Model;
using Xunit;

namespace Chile1973.Graph.Core.Tests.GraphFiles;

/// <summary>
/// The corpus of broken graph files (<c>BrokenFiles/&lt;case&gt;/graph</c>, the valid test graph with one
/// thing changed), each paired in <c>expected.txt</c> with the exact lines <c>validate</c> prints for it: the
/// problems, then its summary line. A file that only looks odd (a byte-order mark, CRLF line ends) must read as the
/// valid graph does, so its case expects the <c>OK:</c> line. The Importer's tests run the command itself on the
/// same corpus.
/// </summary>
public sealed class BrokenFileCorpusTests
{
    private static string CorpusRoot => Path.Combine(AppContext.BaseDirectory, "GraphFiles", "BrokenFiles");

    public static TheoryData<string> Cases() => [.. Directory.GetDirectories(CorpusRoot).Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Broken_file_is_reported_with_exactly_its_expected_messages(string name)
    {
        var expected = File.ReadAllLines(Path.Combine(CorpusRoot, name, "expected.txt"));

        var report = GraphValidator.Validate(Path.Combine(CorpusRoot, name, "graph"), TestGraphs.Seeds("valid"));

        // The last line is validate's summary; the lines before it are the problems.
        Assert.Equal(expected[..^1], report.Problems.Select(p => p.ToString()));
        if (expected[^1].StartsWith("OK: ", StringComparison.Ordinal))
        {
            Assert.NotNull(report.Graph);
            var valid = GraphValidator.Validate(TestGraphs.Graph("valid"), TestGraphs.Seeds("valid")).Graph!;
            Assert.Equal(Describe(valid), Describe(report.Graph));
        }
        else
        {
            Assert.Null(report.Graph);
        }
    }

    [Fact]
    public void Corpus_holds_a_case_for_each_kind_of_broken_file()
    {
        var cases = Cases().Select(row => (string)row.Data).ToHashSet(StringComparer.Ordinal);

        // The kinds README's Fuzzing section names.
        Assert.Superset(
            new HashSet<string>(StringComparer.Ordinal)
            {
                "empty-node-file", "header-without-id-column", "row-cut-short", "unclosed-quote-at-end", "invalid-utf8",
                "nul-byte-in-name", "utf16-file", "byte-order-mark", "crlf-line-ends", "line-break-inside-field", "impossible-date",
                "integer-overflow", "quote-not-in-seed", "label-in-lower-case", "type-without-category", "duplicate-column",
            },
            cases);
    }

    [Theory]
    [InlineData("invalid-utf8", "graph/nodes/persons.csv", new byte[] { 0xFF, 0xFE })]
    [InlineData("nul-byte-in-name", "graph/nodes/persons.csv", new byte[] { (byte)'n', 0, (byte)'S' })]
    [InlineData("byte-order-mark", "graph/nodes/places.csv", new byte[] { 0xEF, 0xBB, 0xBF, (byte)'i' })]
    [InlineData("crlf-line-ends", "graph/relationships/links.csv", new byte[] { (byte)'t', (byte)'\r', (byte)'\n', (byte)'a' })]
    [InlineData("carriage-return-inside-line", "graph/nodes/persons.csv", new byte[] { (byte)'o', (byte)'\r', (byte)',', (byte)'P' })]
    public void Corpus_files_keep_the_bytes_their_case_is_about(string name, string file, byte[] bytes)
    {
        // A checkout that converted line ends or re-encoded the files would test nothing (.gitattributes keeps them).
        var content = File.ReadAllBytes(Path.Combine(CorpusRoot, name, file));

        Assert.True(content.AsSpan().IndexOf(bytes) >= 0, $"{name}/{file} lost the bytes it is about");
    }

    /// <summary>Every node and relationship with all it holds, one line each, so two graphs compare whole.</summary>
    private static string[] Describe(KnowledgeGraph graph) =>
    [
        .. graph.Nodes.Select(n => string.Join(" | ", n.Id, n.Kind, n.Name, string.Join(";", n.Aliases), n.Start, n.End, n.Description,
            Properties(n.Properties), n.Provenance, n.Location)),
        .. graph.Relationships.Select(r => string.Join(" | ", r.Id, r.Type, r.StartId, r.EndId, r.Start, r.End,
            Properties(r.Properties), r.Provenance, r.Location)),
    ];

    private static string Properties(IReadOnlyDictionary<string, object?> properties) =>
        string.Join(", ", properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={Value(p.Value)}"));

    private static string Value(object? value) => value switch
    {
        null => "null",
        string s => $"'{s}'",
        IEnumerable items => $"[{string.Join(";", items.Cast<object?>().Select(Value))}]",
        _ => $"{Convert.ToString(value, CultureInfo.InvariantCulture)}:{value.GetType().Name}",
    };
}
