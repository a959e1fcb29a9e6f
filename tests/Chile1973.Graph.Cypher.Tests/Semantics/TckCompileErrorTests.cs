using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Cypher.Semantics;
using Chile1973.Graph.Cypher.Syntax;
using Chile1973.Graph.Cypher.Tests.Syntax;
using Xunit;

namespace Chile1973.Graph.Cypher.Tests.Semantics;

[Collection(TckCorpusCollection.Name)]
public sealed class TckCompileErrorTests(TckCorpusFixture corpus)
{
    [Fact]
    public void Front_end_raises_the_TCK_detail_when_a_scenario_expects_a_compile_time_error()
    {
        corpus.SkipWhenAbsent();

        var failures = new List<string>();
        var total = 0;
        foreach (var query in corpus.Queries.Where(static q => q.ExpectsCompileTimeError && !IsDecidedByTheProcedureRegistry(q)))
        {
            total++;
            try
            {
                SemanticAnalyzer.Analyze(CypherParser.Parse(query.Query));
                failures.Add($"{query.Id}: expected {query.ExpectedDetail}, got no error\n    {Indent(query.Query)}");
            }
            catch (CypherException e) when (e.Detail == query.ExpectedDetail || query.ExpectedDetail == "*")
            {
                if (e.Phase != CypherErrorPhase.CompileTime || e.Kind.ToString() != query.ExpectedErrorType)
                {
                    failures.Add($"{query.Id}: expected a {query.ExpectedErrorType} at compile time, got a {e.Kind} at {e.Phase}");
                }
            }
            catch (CypherException e)
            {
                failures.Add($"{query.Id}: expected {query.ExpectedDetail}, got {e.Detail}: {e.Message}\n    {Indent(query.Query)}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {total}:\n" + string.Join('\n', failures));
    }

    [Fact]
    public void Front_end_accepts_every_TCK_query_that_is_not_expected_to_fail_at_compile_time()
    {
        corpus.SkipWhenAbsent();

        var failures = new List<string>();
        foreach (var query in corpus.Queries.Where(static q => !q.ExpectsCompileTimeError && q.ExpectedPhase != "any time"))
        {
            try
            {
                SemanticAnalyzer.Analyze(CypherParser.Parse(query.Query));
            }
            catch (CypherException e)
            {
                failures.Add($"{query.Id}: {e.Detail}: {e.Message}\n    {Indent(query.Query)}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} queries were rejected:\n" + string.Join('\n', failures));
    }

    // Whether a procedure exists and how many arguments it takes is known only to the engine's registry
    // (the scenarios register them with "there exists a procedure"), so those errors are raised when planning.
    private static bool IsDecidedByTheProcedureRegistry(TckQuery query) =>
        query.ExpectedDetail is "ProcedureNotFound" or "MissingParameter"
        || (query.ExpectedDetail == "InvalidNumberOfArguments" && query.Query.Contains("CALL", StringComparison.Ordinal));

    private static string Indent(string query) => query.Replace("\n", "\n    ", StringComparison.Ordinal);
}
