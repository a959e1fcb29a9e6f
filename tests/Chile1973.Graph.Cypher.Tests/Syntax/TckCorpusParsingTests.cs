using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Cypher.Syntax;
using Xunit;

namespace Chile1973.Graph.Cypher.Tests.Syntax;

[Collection(TckCorpusCollection.Name)]
public sealed class TckCorpusParsingTests(TckCorpusFixture corpus)
{
    [Fact]
    public void Parser_fails_only_with_a_CypherException_when_given_any_TCK_query()
    {
        corpus.SkipWhenAbsent();
        var queries = corpus.Queries;
        Assert.NotEmpty(queries);

        var crashes = new List<string>();
        foreach (var query in queries)
        {
            try
            {
                CypherParser.Parse(query.Query);
            }
            catch (CypherException)
            {
                // An answer the engine can report; whether it is the right one is checked below.
            }
            catch (Exception e)
            {
                crashes.Add($"{query.Id}: {e.GetType().Name}: {e.Message}");
            }
        }

        Assert.True(crashes.Count == 0, string.Join('\n', crashes));
    }

    [Fact]
    public void Parser_accepts_every_TCK_query_that_is_expected_to_run()
    {
        corpus.SkipWhenAbsent();

        var failures = new List<string>();
        foreach (var query in corpus.Queries.Where(static q => !q.ExpectsCompileTimeError))
        {
            try
            {
                CypherParser.Parse(query.Query);
            }
            catch (CypherException e)
            {
                failures.Add($"{query.Id}: {e.Detail}: {e.Message}\n    {query.Query.Replace("\n", "\n    ", StringComparison.Ordinal)}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} queries did not parse:\n" + string.Join('\n', failures));
    }
}
