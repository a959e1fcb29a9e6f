using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Cypher.Semantics;
using Chile1973.Graph.Cypher.Syntax;
using Xunit;

namespace Chile1973.Graph.Cypher.Tests.Syntax;

public sealed class TckCompileErrorTests
{
    // The detail codes the front end reports so far; a scenario expecting one of them must get exactly it.
    private static readonly HashSet<string> CoveredDetails =
    [
        "UnexpectedSyntax", "InvalidUnicodeLiteral", "InvalidUnicodeCharacter", "InvalidNumberLiteral", "IntegerOverflow",
        "FloatingPointOverflow", "InvalidRelationshipPattern", "InvalidClauseComposition",
    ];

    [Fact]
    public void Front_end_raises_the_TCK_detail_when_a_scenario_expects_a_compile_time_error()
    {
        var features = TckQueryCorpus.FindFeaturesDirectory();
        Assert.SkipWhen(features is null, TckQueryCorpus.MissingMessage);

        var failures = new List<string>();
        var total = 0;
        foreach (var query in TckQueryCorpus.Load(features!).Where(static q => q.ExpectsCompileTimeError && CoveredDetails.Contains(q.ExpectedDetail!)))
        {
            total++;
            try
            {
                SemanticAnalyzer.Analyze(CypherParser.Parse(query.Query));
                failures.Add($"{query.Id}: expected {query.ExpectedDetail}, got no error\n    {Indent(query.Query)}");
            }
            catch (CypherException e) when (e.Detail == query.ExpectedDetail || query.ExpectedDetail == "*")
            {
                Assert.Equal(CypherErrorPhase.CompileTime, e.Phase);
            }
            catch (CypherException e)
            {
                failures.Add($"{query.Id}: expected {query.ExpectedDetail}, got {e.Detail}: {e.Message}\n    {Indent(query.Query)}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {total}:\n" + string.Join('\n', failures));
    }

    private static string Indent(string query) => query.Replace("\n", "\n    ", StringComparison.Ordinal);
}
