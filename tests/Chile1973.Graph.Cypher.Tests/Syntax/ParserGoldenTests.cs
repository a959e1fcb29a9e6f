using System.Runtime.CompilerServices;
using Chile1973.Graph.Cypher.Syntax;
using Xunit;

namespace Chile1973.Graph.Cypher.Tests.Syntax;

/// <summary>
/// Each <c>Fixtures/*.cypher</c> parses to the tree in the <c>.ast.json</c> beside it. Set
/// <c>CYPHER_AST_WRITEBACK=1</c> to rewrite the golden files after a deliberate change, then review the diff.
/// </summary>
public sealed class ParserGoldenTests
{
    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(FixturesDirectory(), "*.cypher").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Parser_builds_the_golden_tree_when_given_a_fixture(string name)
    {
        var query = File.ReadAllText(Path.Combine(FixturesDirectory(), name + ".cypher"));

        var actual = AstJson.Write(CypherParser.Parse(query));

        var goldenPath = Path.Combine(FixturesDirectory(), name + ".ast.json");
        if (Environment.GetEnvironmentVariable("CYPHER_AST_WRITEBACK") == "1")
        {
            File.WriteAllText(goldenPath, actual);
        }

        Assert.True(File.Exists(goldenPath), $"No golden file {goldenPath}; run with CYPHER_AST_WRITEBACK=1 to create it.");
        Assert.Equal(File.ReadAllText(goldenPath), actual);
    }

    // The fixtures are read from the source tree so that write-back updates the checked-in files.
    private static string FixturesDirectory([CallerFilePath] string sourceFile = "") =>
        Path.Combine(Path.GetDirectoryName(sourceFile)!, "Fixtures");
}
