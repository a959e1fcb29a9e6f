using System.Text.Json;
using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Importer.Neo4jLoad;
using Chile1973.Graph.Neo4j.Tests.Support;
using Xunit;

namespace Chile1973.Graph.Neo4j.Tests.Import;

public sealed class Neo4jGraphLoaderTests
{
    private const string Empty = """{"data": {"fields": [], "values": []}, "counters": {"nodesCreated": 1, "propertiesSet": 4}}""";
    private static readonly CancellationToken Token = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Load_sends_every_statement_in_order_with_the_batch_as_typed_rows()
    {
        await using var server = await FaultServer.StartAsync(Fault.Ok(Empty));
        using var engine = Engines.Create(Engines.FastOptions(server.Uri));
        var plan = GraphLoadPlan.Create(SampleGraph.Create(), batchSize: 2);
        var reported = new List<LoadProgress>();

        var result = await Neo4jGraphLoader.LoadAsync(engine, plan, progress: new Collect(reported), cancellationToken: Token);

        Assert.Equal(plan.StatementCount, server.Requests.Count);
        Assert.Equal(plan.StatementCount, result.Statements);
        Assert.Equal(9, result.Rows);
        Assert.Equal(plan.StatementCount, result.Counters.NodesCreated);
        var statements = server.Requests.Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("statement").GetString()).ToList();
        Assert.Equal(plan.Steps.SelectMany(s => Enumerable.Repeat(s.Cypher, Math.Max(1, s.Batches.Count))), statements);
        using var first = JsonDocument.Parse(server.Requests.First(r => r.Body.Contains("$rows", StringComparison.Ordinal)).Body);
        var rows = first.RootElement.GetProperty("parameters").GetProperty("rows");
        Assert.Equal("List", rows.GetProperty("$type").GetString());
        Assert.Equal("Map", rows.GetProperty("_value")[0].GetProperty("$type").GetString());
        Assert.Equal(("done", plan.StatementCount), (reported[^1].Step, reported[^1].StatementsDone));
    }

    [Fact]
    public async Task Batch_that_meets_a_reset_is_sent_again_since_it_merges()
    {
        var faults = new List<Fault>();
        faults.AddRange(Enumerable.Repeat(Fault.Ok(Empty), 12));
        faults.Add(Fault.Reset);
        faults.Add(Fault.Ok(Empty));
        await using var server = await FaultServer.StartAsync([.. faults]);
        using var engine = Engines.Create(Engines.FastOptions(server.Uri));
        var plan = GraphLoadPlan.Create(SampleGraph.Create(), batchSize: 2);

        var result = await Neo4jGraphLoader.LoadAsync(engine, plan, cancellationToken: Token);

        Assert.Equal(plan.StatementCount, result.Statements);
        Assert.Equal(plan.StatementCount + 1, server.Requests.Count);
        Assert.Equal(server.Requests[12].Body, server.Requests[13].Body);
    }

    [Fact]
    public async Task Load_stops_at_a_client_error_without_sending_later_batches()
    {
        const string violation = """{"errors": [{"code": "Neo.ClientError.Schema.ConstraintValidationFailed", "message": "Node(1) already exists with label `Person` and property `id` = 'x'"}]}""";
        var faults = Enumerable.Repeat(Fault.Ok(Empty), 11).Append(Fault.Json(400, violation)).ToArray();
        await using var server = await FaultServer.StartAsync(faults);
        using var engine = Engines.Create(Engines.FastOptions(server.Uri));

        var error = await Assert.ThrowsAsync<CypherException>(
            () => Neo4jGraphLoader.LoadAsync(engine, GraphLoadPlan.Create(SampleGraph.Create(), batchSize: 2), cancellationToken: Token));

        Assert.Equal(CypherErrorKind.ConstraintVerificationFailed, error.Kind);
        Assert.Equal(12, server.Requests.Count);
    }

    [Fact]
    public async Task Atomic_load_runs_data_in_one_transaction_and_commits_it()
    {
        const string opened = """{"data": {"fields": [], "values": []}, "transaction": {"id": "t1", "expires": "2024-10-22T15:48:29Z"}}""";
        var plan = GraphLoadPlan.Create(SampleGraph.Create(), batchSize: 100);
        var schema = plan.Steps.Count(s => s.IsSchema);
        var data = plan.StatementCount - schema;
        // As a real server answers: each statement's answer names the open transaction, the commit's does not.
        var faults = Enumerable.Repeat(Fault.Ok(Empty), schema).Append(Fault.Ok(opened)).Concat(Enumerable.Repeat(Fault.Ok(opened), data))
            .Append(Fault.Ok(Empty)).ToArray();
        await using var server = await FaultServer.StartAsync(faults);
        using var engine = Engines.Create(Engines.FastOptions(server.Uri));

        await Neo4jGraphLoader.LoadAsync(engine, plan, atomic: true, cancellationToken: Token);

        var paths = server.Requests.Select(r => r.Path.ToString()).ToList();
        Assert.All(paths.Take(schema), p => Assert.Equal("/db/neo4j/query/v2", p));
        Assert.Equal("/db/neo4j/query/v2/tx", paths[schema]);
        Assert.All(paths.Skip(schema + 1).Take(data), p => Assert.Equal("/db/neo4j/query/v2/tx/t1", p));
        Assert.Equal("/db/neo4j/query/v2/tx/t1/commit", paths[^1]);
    }

    private sealed class Collect(List<LoadProgress> into) : IProgress<LoadProgress>
    {
        public void Report(LoadProgress value) => into.Add(value);
    }
}
