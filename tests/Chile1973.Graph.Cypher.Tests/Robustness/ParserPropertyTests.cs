using System.Text;
using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Cypher.Semantics;
using Chile1973.Graph.Cypher.Syntax;
using Chile1973.Graph.Testing;
using CsCheck;
using Xunit;

namespace Chile1973.Graph.Cypher.Tests.Robustness;

/// <summary>
/// Property-based fuzzing of the parser and the analyser (CsCheck): the seed queries of
/// fuzz-queries.cypher with random cuts, splices, inserted tokens and stray characters. Whatever the
/// text, parsing and analysis end with a tree or a <see cref="CypherException"/> whose position lies
/// inside the text; any other exception is a crash. <c>FUZZ_SECONDS=N</c> turns the fixed-seed run
/// into a timed random one (README: the long run).
/// </summary>
public sealed class ParserPropertyTests
{
    private static readonly string[] Seeds = BadInputFuzzTests.Seeds().ToArray();

    private static readonly string[] Fragments =
    [
        "MATCH", "RETURN", "WITH", "WHERE", "UNWIND", "CALL", "{", "}", "(", ")", "[", "]", "-->", "<-", "-[", "]-", "*1..", "..",
        ":", "::", "|", "&", "!", "%", ",", ".", "=", "<>", "=~", "+", "||", "'", "\"", "`", "\\", "\\u", "$", "$0", "0x", "1e309",
        "9223372036854775808", "-", "/*", "*/", "//", "\n", "\t", "\u00a0", "\u200b", "é", "\ud83d\ude00", "\ud800", "\0",
        "CASE WHEN", "END", "EXISTS {", "COUNT {", "COLLECT {", "IS ::", "LIST<", ">", "NOT", "AND", "OR", "XOR", "NULL",
        "[x IN", "| x]", "reduce(", "shortestPath(", "ORDER BY", "SKIP", "LIMIT", "UNION", "OPTIONAL", "AS", "DISTINCT",
    ];

    private static readonly Gen<string> Mutant =
        from seed in Gen.Int[0, Seeds.Length - 1].Select(i => Seeds[i])
        from edits in Gen.Int[1, 4]
        from picks in Gen.Int.Array[edits * 4]
        select Apply(seed, picks);

    [Fact]
    public void Parser_and_analyser_end_every_mutated_query_with_a_tree_or_a_positioned_error()
    {
        var tried = FuzzRun.Check("cypher-parser", Mutant, CheckText, fixedInputs: 3_000, fixedSeed: 1973, print: t => $"<<{t}>>");

        Assert.True(tried >= FuzzRun.Expected(3_000), $"only {tried} inputs");
    }

    [Fact]
    public void Parser_rejects_nesting_beyond_its_depth_with_a_position_instead_of_overflowing_the_stack()
    {
        var deep = Gen.Int[500, 20_000].SelectMany(depth => Gen.OneOf("(", "[", "NOT ", "-", "{a:").Select(open => $"RETURN {string.Concat(Enumerable.Repeat(open, depth))}1"));

        FuzzRun.Check("cypher-parser-depth", deep, CheckText, fixedInputs: 40, fixedSeed: 911, print: t => $"{t[..40]}... ({t.Length} chars)");
    }

    [Fact]
    public void Parser_reports_a_lone_surrogate_as_invalid_input_at_its_position()
    {
        var error = Assert.Throws<CypherException>(() => CypherParser.Parse("RETURN a\ud800b"));

        Assert.Equal(8, error.Position?.Offset);
        Assert.Contains("Invalid input '\\uD800' (U+D800): this character has no meaning in Cypher", error.Message, StringComparison.Ordinal);
    }

    private static void CheckText(string text)
    {
        try
        {
            SemanticAnalyzer.Analyze(CypherParser.Parse(text));
        }
        catch (CypherException e) when (e.Position is not { } p || (p.Offset >= 0 && p.Offset <= text.Length))
        {
            // A clear error: the text is wrong and the error says where (or is not about a place in it).
        }
    }

    private static string Apply(string seed, int[] picks)
    {
        var text = new StringBuilder(seed);
        for (var i = 0; i + 3 < picks.Length; i += 4)
        {
            var at = Index(picks[i + 1], text.Length + 1);
            switch (Index(picks[i], 5))
            {
                case 0:
                    text.Length = at;
                    break;
                case 1:
                    text.Remove(at, Math.Min(text.Length - at, Index(picks[i + 2], 12)));
                    break;
                case 2:
                    text.Insert(at, Fragments[Index(picks[i + 2], Fragments.Length)]);
                    break;
                case 3:
                    var from = Index(picks[i + 2], text.Length + 1);
                    var length = Math.Min(text.Length - from, Index(picks[i + 3], 30));
                    text.Insert(at, text.ToString(from, length));
                    break;
                default:
                    text.Insert(at, (char)Index(picks[i + 2], 0x3000));
                    break;
            }
        }

        return text.ToString();
    }

    private static int Index(int pick, int count) => count <= 0 ? 0 : (int)((uint)pick % (uint)count);
}
