using System.Text;
using Chile1973.Graph.Core.Querying;
using Xunit;

namespace Chile1973.Graph.Cypher.Tests.Robustness;

/// <summary>
/// Each query would run for minutes or hours; with a short time limit it must end with the time-limit error.
/// Only the outcome is asserted (a generous bound in <see cref="LimitedEngine.FailAsync"/> catches a hang).
/// </summary>
public sealed class TimeLimitTests : IClassFixture<TimeLimitTests.Graphs>
{
    private static readonly TimeSpan Short = TimeSpan.FromMilliseconds(150);

    private readonly Graphs _graphs;

    public TimeLimitTests(Graphs graphs) => _graphs = graphs;

    [Theory]
    [InlineData("UNWIND range(1, 1000000000) AS i RETURN count(i)")]
    [InlineData("RETURN size(range(1, 10000000)) AS n")]
    [InlineData("UNWIND range(1, 100000000) AS i RETURN i ORDER BY -i LIMIT 1")]
    [InlineData("UNWIND range(1, 100000000) AS i RETURN i % 3 AS k, count(*) AS n")]
    [InlineData("UNWIND range(1, 100000000) AS i RETURN DISTINCT i % 3 AS k")]
    [InlineData("UNWIND range(1, 100000000) AS i WITH i WHERE i < 0 RETURN i")]
    [InlineData("UNWIND range(1, 100000) AS i UNWIND range(1, 100000) AS j RETURN count(*)")]
    [InlineData("RETURN reduce(acc = 0, i IN range(1, 10000000) | acc + i) AS s")]
    [InlineData("RETURN reduce(acc = [], i IN range(1, 1000000) | acc + [i]) AS s")]
    [InlineData("RETURN size([x IN range(1, 10000000) WHERE x % 2 = 0 | x * x]) AS n")]
    [InlineData("RETURN all(x IN range(1, 10000000) WHERE x > 0) AS b")]
    [InlineData("UNWIND range(1, 100000) AS i RETURN size([j IN range(1, 10000) WHERE j = i]) AS n")]
    [InlineData("WITH reduce(acc = [1], i IN range(1, 40) | [acc, acc]) AS x RETURN x = x AS same")]
    [InlineData("WITH reduce(acc = [1], i IN range(1, 40) | [acc, acc]) AS x RETURN count(DISTINCT x) AS n")]
    [InlineData("WITH reduce(acc = [1], i IN range(1, 40) | [acc, acc]) AS x RETURN x IN [0, x] AS found")]
    [InlineData("UNWIND range(1, 100000) AS i CALL (i) { UNWIND range(1, 100000) AS j RETURN count(j) AS n } RETURN sum(n)")]
    [InlineData("UNWIND range(1, 10000000) AS i OPTIONAL CALL (i) { UNWIND range(1, 1000) AS j WITH j WHERE j < 0 RETURN j } RETURN count(*)")]
    [InlineData("UNWIND range(1, 10000000) AS i RETURN sum(size(COLLECT { UNWIND range(1, 1000) AS j RETURN j })) AS n")]
    public async Task A_long_computation_ends_with_the_time_limit_error(string query)
    {
        var error = await _graphs.Empty.FailAsync(query, LimitedEngine.Read(Short));

        AssertTimedOut(error);
    }

    [Theory]
    [InlineData("MATCH (a), (b), (c), (d) RETURN count(*)")]
    [InlineData("MATCH (a), (b), (c) WHERE a.i + b.i + c.i < 0 RETURN a")]
    [InlineData("MATCH p = (a)-[*]->(b) RETURN count(p)")]
    [InlineData("MATCH (a), (b) MATCH p = shortestPath((a)-[*]-(b)) RETURN count(p)")]
    [InlineData("MATCH (a), (b) MATCH p = allShortestPaths((a)-[*]-(b)) RETURN count(p)")]
    [InlineData("MATCH (a), (b), (c) RETURN a.i, b.i, c.i ORDER BY a.i * b.i * c.i DESC LIMIT 1")]
    public async Task A_long_match_over_a_dense_graph_ends_with_the_time_limit_error(string query)
    {
        var error = await _graphs.Dense.FailAsync(query, LimitedEngine.Read(Short));

        AssertTimedOut(error);
    }

    [Fact]
    public async Task A_backtracking_regular_expression_ends_with_the_time_limit_error_when_the_limit_comes_first()
    {
        // (a+)+$ against a's and a bang backtracks for hours; the regex's own limit is longer than the query's.
        var error = await _graphs.Empty.FailAsync(
            "UNWIND range(1, 3) AS i RETURN '" + new string('a', 40) + "!' =~ '(a+)+$' AS m", LimitedEngine.Read(Short));

        AssertTimedOut(error);
    }

    [Fact]
    public async Task A_shortest_path_search_along_a_long_chain_ends_with_the_time_limit_error()
    {
        var error = await _graphs.Chain.FailAsync("MATCH (a:C), (b:C) MATCH p = shortestPath((a)-[*]-(b)) RETURN count(p)", LimitedEngine.Read(Short));

        AssertTimedOut(error);
    }

    [Fact]
    public async Task A_path_a_thousand_relationships_long_is_matched_without_recursion()
    {
        var lengths = await _graphs.Chain.RunAsync(
            "MATCH p = (a:C {i: 0})-[*]->(b:C {i: 1999}) RETURN length(p)", LimitedEngine.Read());

        Assert.Equal([1999L], lengths);
    }

    [Fact]
    public async Task A_write_stopped_by_the_time_limit_leaves_the_graph_as_it_was()
    {
        var engine = new LimitedEngine();
        await engine.RunAsync("CREATE (:Kept {name: 'before'})", LimitedEngine.Write());

        var error = await engine.FailAsync("UNWIND range(1, 100000000) AS i CREATE (:Spam {i: i})", LimitedEngine.Write(Short));
        var setError = await engine.FailAsync(
            "MATCH (k:Kept) UNWIND range(1, 100000000) AS i SET k.name = 'after', k.count = i", LimitedEngine.Write(Short));

        AssertTimedOut(error);
        AssertTimedOut(setError);
        Assert.Equal(1, engine.Engine.Store.NodeCount);
        Assert.Equal(["before"], await engine.RunAsync("MATCH (n) RETURN n.name", LimitedEngine.Read()));
        Assert.Equal([null], await engine.RunAsync("MATCH (n) RETURN n.count", LimitedEngine.Read()));
    }

    [Fact]
    public async Task Cancelling_a_long_query_ends_it()
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cancel.CancelAfter(Short);
        var engine = _graphs.Empty.Engine;

        var run = async () =>
        {
            await using var cursor = await engine.RunAsync(new CypherQuery("UNWIND range(1, 1000000000) AS i RETURN count(i)"), QueryOptions.Read, cancel.Token);
            await foreach (var _ in cursor.WithCancellation(cancel.Token))
            {
            }
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run().WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken));
    }

    private static void AssertTimedOut(CypherException error)
    {
        Assert.Equal(CypherErrorKind.LimitExceeded, error.Kind);
        Assert.Equal("TimeoutExceeded", error.Detail);
    }

    /// <summary>The graphs the long queries run over, built once.</summary>
    public sealed class Graphs
    {
        public Graphs()
        {
            Dense.RunAsync("UNWIND range(1, 300) AS i CREATE (:N {i: i})", LimitedEngine.Write()).GetAwaiter().GetResult();
            Dense.RunAsync("MATCH (a:N), (b:N) WHERE a.i < b.i AND a.i + 20 > b.i CREATE (a)-[:R]->(b)", LimitedEngine.Write()).GetAwaiter().GetResult();

            // One CREATE of a 1999-hop pattern: the chain is built without a scan per link.
            var chain = new StringBuilder("CREATE (:C {i: 0})");
            for (var i = 1; i < 2000; i++)
            {
                chain.Append("-[:NEXT]->(:C {i: ").Append(i).Append("})");
            }

            Chain.RunAsync(chain.ToString(), LimitedEngine.Write()).GetAwaiter().GetResult();
        }

        public LimitedEngine Empty { get; } = new();

        public LimitedEngine Dense { get; } = new();

        public LimitedEngine Chain { get; } = new();
    }
}
