using Chile1973.Graph.Core.Querying;
using Xunit;

namespace Chile1973.Graph.Cypher.Tests.Engine;

/// <summary><c>CALL { ... } IN TRANSACTIONS</c>: batches committed one by one, and what each ON ERROR mode keeps.</summary>
public sealed class CallInTransactionsTests
{
    // 100 / i fails for i = 0: with batches of two rows, the first batch [1, 0] fails and the second [2, 4] succeeds.
    private const string Batched = "UNWIND [1, 0, 2, 4] AS i CALL (i) { CREATE (n:Person {num: 100 / i}) RETURN n } IN TRANSACTIONS OF 2 ROWS";

    private readonly EngineHarness _harness = new();

    [Fact]
    public async Task On_error_continue_rolls_back_the_failed_batch_and_runs_the_next()
    {
        var (records, summary) = await _harness.WriteAsync(Batched + " ON ERROR CONTINUE REPORT STATUS AS s RETURN i, n.num, s.committed, s.errorMessage");

        Assert.Equal(
            ["1, null, false, '/ by zero'", "0, null, false, '/ by zero'", "2, 50, true, null", "4, 25, true, null"],
            records.Select(static r => string.Join(", ", r.Values.Select(Core.Values.CypherValues.ToLiteral))));
        Assert.Equal(2, summary.Counters.NodesCreated);
        Assert.Equal(["25", "50"], await _harness.RowsAsync("MATCH (n:Person) RETURN n.num ORDER BY n.num"));
    }

    [Fact]
    public async Task On_error_break_stops_at_the_failed_batch_and_reports_the_rest_not_started()
    {
        var (records, _) = await _harness.WriteAsync(
            "UNWIND [1, 0, 2] AS i CALL (i) { CREATE (n:Person {num: 100 / i}) RETURN n } IN TRANSACTIONS OF 1 ROW ON ERROR BREAK REPORT STATUS AS s " +
            "RETURN n.num, s.started, s.committed");

        Assert.Equal(
            ["100, true, true", "null, true, false", "null, false, false"],
            records.Select(static r => string.Join(", ", r.Values.Select(Core.Values.CypherValues.ToLiteral))));
        Assert.Equal(["100"], await _harness.RowsAsync("MATCH (n:Person) RETURN n.num"));
    }

    [Fact]
    public async Task On_error_fail_fails_the_query_but_keeps_the_batches_committed_before()
    {
        var error = await Assert.ThrowsAsync<CypherException>(() =>
            _harness.WriteAsync("UNWIND [1, 2, 0, 4] AS i CALL (i) { CREATE (:Person {num: 100 / i}) } IN TRANSACTIONS OF 2 ROWS"));

        Assert.Equal("DivisionByZero", error.Detail);
        Assert.Equal(["50", "100"], await _harness.RowsAsync("MATCH (n:Person) RETURN n.num ORDER BY n.num"));
    }

    [Theory]
    [InlineData("UNWIND [1] AS i CALL (i) { CREATE (:A) } IN TRANSACTIONS REPORT STATUS AS s RETURN s", "REPORT STATUS")]
    [InlineData("UNWIND [1] AS i CALL (i) { CREATE (:A) } IN TRANSACTIONS ON ERROR RETRY", "CONTINUE, BREAK or FAIL")]
    [InlineData("UNWIND [1] AS i CALL (i) { CREATE (:A) } IN 2 CONCURRENT TRANSACTIONS", "CONCURRENT")]
    [InlineData("CALL { UNWIND [1] AS i CALL (i) { CREATE (:A) } IN TRANSACTIONS } RETURN 1", "nested")]
    public async Task A_form_Neo4j_refuses_fails_before_anything_is_written(string query, string mentioned)
    {
        var error = await Assert.ThrowsAsync<CypherException>(() => _harness.WriteAsync(query));

        Assert.Contains(mentioned, error.Message, StringComparison.Ordinal);
        Assert.Equal(["0"], await _harness.RowsAsync("MATCH (n) RETURN count(n)"));
    }

    [Fact]
    public async Task A_batch_size_that_is_not_a_positive_integer_is_an_argument_error()
    {
        var error = await Assert.ThrowsAsync<CypherException>(() =>
            _harness.WriteAsync("UNWIND [1] AS i CALL (i) { CREATE (:A) } IN TRANSACTIONS OF $size ROWS", new Dictionary<string, object?> { ["size"] = 0L }));

        Assert.Equal(CypherErrorKind.ArgumentError, error.Kind);
    }
}
