using Chile1973.Graph.Web.Presentations;
using Chile1973.Graph.Web.Tests.Fixtures;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit;

namespace Chile1973.Graph.Web.Tests.Presentations;

/// <summary>Two explorer instances sharing a real redis-server: a presentation started on one is followed from the other.</summary>
public sealed class RedisScaleOutTests(RedisServer redis) : IClassFixture<RedisServer>, IAsyncLifetime
{
    private static readonly CancellationToken Token = TestContext.Current.CancellationToken;
    private ExplorerAppFactory instanceA = null!;
    private ExplorerAppFactory instanceB = null!;

    public ValueTask InitializeAsync()
    {
        instanceA = new ExplorerAppFactory(settings: new Dictionary<string, string?> { ["ConnectionStrings:Redis"] = redis.ConnectionString });
        instanceB = new ExplorerAppFactory(settings: new Dictionary<string, string?> { ["ConnectionStrings:Redis"] = redis.ConnectionString });
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await instanceA.DisposeAsync();
        await instanceB.DisposeAsync();
    }

    [Fact]
    public async Task A_follower_on_instance_B_joins_and_follows_a_presenter_on_instance_A()
    {
        Assert.NotEqual(instanceA.BaseAddress, instanceB.BaseAddress);
        await using var presenter = await instanceA.ConnectAsync(Token);
        var shown = new List<PresentationStep>();
        var second = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var follower = await instanceB.ConnectAsync(Token, c => c.On<PresentationStep>("ShowStep", step =>
        {
            lock (shown)
            {
                shown.Add(step);
                if (shown.Count == 2)
                {
                    second.TrySetResult();
                }
            }
        }));

        var ticket = await presenter.InvokeAsync<PresentationTicket>("StartPresentation", "workers-own-organisation", Token);
        await presenter.InvokeAsync("PresentStep", ticket.Code, ticket.PresenterKey, 2, Token);
        var joined = await follower.InvokeAsync<PresentationStep>("JoinPresentation", ticket.Code, Token);
        await presenter.InvokeAsync("PresentStep", ticket.Code, ticket.PresenterKey, 3, Token);
        await presenter.InvokeAsync("PresentStep", ticket.Code, ticket.PresenterKey, 4, Token);
        await second.Task.WaitAsync(TimeSpan.FromSeconds(15), Token);

        Assert.Equal(2, joined.Index);
        Assert.Equal([3, 4], shown.Select(s => s.Index));
        Assert.Equal("The letter to Allende", shown[1].Step.Title);
    }

    [Fact]
    public async Task A_presenter_key_from_instance_A_is_checked_on_instance_B_too()
    {
        await using var presenter = await instanceA.ConnectAsync(Token);
        await using var intruder = await instanceB.ConnectAsync(Token);
        var ticket = await presenter.InvokeAsync<PresentationTicket>("StartPresentation", "road-to-11-september", Token);

        var refused = await Assert.ThrowsAsync<HubException>(() => intruder.InvokeAsync("PresentStep", ticket.Code, "guess", 1, Token));
        await intruder.InvokeAsync("PresentStep", ticket.Code, ticket.PresenterKey, 1, Token);
        var current = await presenter.InvokeAsync<PresentationStep>("JoinPresentation", ticket.Code, Token);

        Assert.Contains("Only the presenter", refused.Message, StringComparison.Ordinal);
        Assert.Equal(1, current.Index);
    }
}
