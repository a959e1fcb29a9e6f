using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Web.Neighbourhood;
using Chile1973.Graph.Web.Tests.Fixtures;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit;

namespace Chile1973.Graph.Web.Tests.Hubs;

/// <summary>
/// Closing a stream on the client must cancel the query the server is running for it. The real
/// embedded engine answers too fast to catch it mid-query, so the second ring's query is held at
/// the engine's door until its cancellation token fires.
/// </summary>
public sealed class GraphHubCancellationTests : IAsyncLifetime
{
    private readonly GraphFacts facts = GraphFacts.Load();
    private readonly HeldQueryEngine.Gate gate = new();
    private ExplorerAppFactory factory = null!;

    public ValueTask InitializeAsync()
    {
        factory = new ExplorerAppFactory(engine => new HeldQueryEngine(engine, gate));
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task Closing_the_stream_cancels_the_query_running_on_the_server()
    {
        await using var connection = await factory.ConnectAsync(TestContext.Current.CancellationToken);
        gate.HoldQueryNumber(2, "$frontier");
        using var streamCancellation = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);

        var stream = connection.StreamAsync<NeighbourhoodBatch>("StreamNeighbourhood", facts.Person.Id, 3, 1000, streamCancellation.Token);
        await using var rings = stream.GetAsyncEnumerator(streamCancellation.Token);
        Assert.True(await rings.MoveNextAsync());
        Assert.Equal(1, rings.Current.Ring);
        await gate.Held.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        await streamCancellation.CancelAsync();

        var cancelled = await gate.Released.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        Assert.True(cancelled, "the held query's token was not cancelled");
    }

    [Fact]
    public async Task Disconnecting_cancels_the_query_running_on_the_server()
    {
        var connection = await factory.ConnectAsync(TestContext.Current.CancellationToken);
        gate.HoldQueryNumber(2, "$frontier");

        var stream = connection.StreamAsync<NeighbourhoodBatch>("StreamNeighbourhood", facts.Person.Id, 3, 1000, TestContext.Current.CancellationToken);
        var rings = stream.GetAsyncEnumerator(TestContext.Current.CancellationToken);
        Assert.True(await rings.MoveNextAsync());
        await gate.Held.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        await connection.DisposeAsync();

        var cancelled = await gate.Released.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        Assert.True(cancelled, "the held query's token was not cancelled");
    }
}

/// <summary>The real engine, except that one chosen query waits until its cancellation token fires.</summary>
internal sealed class HeldQueryEngine(ICypherEngine inner, HeldQueryEngine.Gate gate) : ICypherEngine
{
    public string Name => inner.Name;

    public async Task<ICypherCursor> RunAsync(CypherQuery query, QueryOptions options, CancellationToken cancellationToken = default)
    {
        if (gate.ShouldHold(query.Text))
        {
            gate.MarkHeld();
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                gate.MarkReleased();
                throw;
            }
        }

        return await inner.RunAsync(query, options, cancellationToken);
    }

    public sealed class Gate
    {
        private readonly TaskCompletionSource held = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource<bool> released = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int matching;
        private int holdAt = int.MaxValue;
        private string marker = "";

        public Task Held => held.Task;

        public Task<bool> Released => released.Task;

        public void HoldQueryNumber(int number, string textMarker)
        {
            marker = textMarker;
            holdAt = number;
        }

        public bool ShouldHold(string text) =>
            text.Contains(marker, StringComparison.Ordinal) && marker.Length > 0 && Interlocked.Increment(ref matching) == holdAt;

        public void MarkHeld() => held.TrySetResult();

        public void MarkReleased() => released.TrySetResult(true);
    }
}
