using Chile1973.Graph.Stories;
using Chile1973.Graph.Web.Presentations;
using Chile1973.Graph.Web.Tests.Fixtures;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit;

namespace Chile1973.Graph.Web.Tests.Presentations;

[Collection(ExplorerServerCollection.Name)]
public sealed class PresentationHubTests(ExplorerServer server)
{
    private static readonly CancellationToken Token = TestContext.Current.CancellationToken;

    [Fact]
    public async Task ListStories_returns_the_article_stories_with_their_steps()
    {
        await using var page = await server.Factory.ConnectAsync(Token);

        var stories = await page.InvokeAsync<List<Story>>("ListStories", Token);

        var road = Assert.Single(stories, s => s.Id == "road-to-11-september");
        Assert.Equal("The road to 11 September", road.Title);
        Assert.False(string.IsNullOrWhiteSpace(road.Summary));
        Assert.Contains(road.Steps, s => s.Focus.Contains("coup_1973") && s.Quote.Contains("On 11 September 1973", StringComparison.Ordinal));
        Assert.Contains(road.Steps, s => s.Query is not null && s.Layout == StoryLayout.Path);
        Assert.Contains(stories, s => s.Id == "workers-own-organisation");
        Assert.Contains(stories, s => s.Id == "dictatorship-to-transition");
    }

    [Fact]
    public async Task A_follower_who_joins_late_lands_on_the_current_step_and_sees_every_later_step()
    {
        await using var presenter = await server.Factory.ConnectAsync(Token);
        var shown = new List<PresentationStep>();
        var third = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var follower = await server.Factory.ConnectAsync(Token, c => c.On<PresentationStep>("ShowStep", step =>
        {
            lock (shown)
            {
                shown.Add(step);
                if (step.Index == 3)
                {
                    third.TrySetResult();
                }
            }
        }));

        var ticket = await presenter.InvokeAsync<PresentationTicket>("StartPresentation", "road-to-11-september", Token);
        await presenter.InvokeAsync("PresentStep", ticket.Code, ticket.PresenterKey, 1, Token);
        var joined = await follower.InvokeAsync<PresentationStep>("JoinPresentation", ticket.Code.ToLowerInvariant(), Token);
        await presenter.InvokeAsync("PresentStep", ticket.Code, ticket.PresenterKey, 2, Token);
        await presenter.InvokeAsync("PresentStep", ticket.Code, ticket.PresenterKey, 3, Token);
        await third.Task.WaitAsync(TimeSpan.FromSeconds(10), Token);

        Assert.Equal(("road-to-11-september", 1), (joined.StoryId, joined.Index));
        Assert.Equal("The CIA intervenes", joined.Step.Title);
        Assert.Equal([2, 3], shown.Select(s => s.Index));
    }

    [Fact]
    public async Task Codes_and_presenter_keys_are_long_random_and_never_repeat()
    {
        await using var presenter = await server.Factory.ConnectAsync(Token);

        var tickets = new List<PresentationTicket>();
        for (var i = 0; i < 20; i++)
        {
            tickets.Add(await presenter.InvokeAsync<PresentationTicket>("StartPresentation", "road-to-11-september", Token));
        }

        Assert.All(tickets, t => Assert.Matches("^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$", t.Code));
        Assert.All(tickets, t => Assert.True(t.PresenterKey.Length >= 43, "a presenter key carries 256 bits"));
        Assert.Equal(tickets.Count, tickets.Select(t => t.Code).Distinct().Count());
        Assert.Equal(tickets.Count, tickets.Select(t => t.PresenterKey).Distinct().Count());
    }

    [Fact]
    public async Task Only_the_presenter_key_moves_a_presentation_and_followers_see_nothing_of_a_refused_move()
    {
        await using var presenter = await server.Factory.ConnectAsync(Token);
        var shown = 0;
        await using var follower = await server.Factory.ConnectAsync(Token, c => c.On<PresentationStep>("ShowStep", _ => Interlocked.Increment(ref shown)));
        var ticket = await presenter.InvokeAsync<PresentationTicket>("StartPresentation", "road-to-11-september", Token);
        await follower.InvokeAsync<PresentationStep>("JoinPresentation", ticket.Code, Token);
        var other = await presenter.InvokeAsync<PresentationTicket>("StartPresentation", "road-to-11-september", Token);

        var wrongKey = await Assert.ThrowsAsync<HubException>(() => follower.InvokeAsync("PresentStep", ticket.Code, other.PresenterKey, 2, Token));
        var noKey = await Assert.ThrowsAsync<HubException>(() => follower.InvokeAsync("PresentStep", ticket.Code, "", 2, Token));
        var unknown = await Assert.ThrowsAsync<HubException>(() => follower.InvokeAsync<PresentationStep>("JoinPresentation", "0000-0000-0000", Token));
        var outOfRange = await Assert.ThrowsAsync<HubException>(() => presenter.InvokeAsync("PresentStep", ticket.Code, ticket.PresenterKey, 99, Token));
        var current = await follower.InvokeAsync<PresentationStep>("JoinPresentation", ticket.Code, Token);

        Assert.Contains("Only the presenter", wrongKey.Message, StringComparison.Ordinal);
        Assert.Contains("Only the presenter", noKey.Message, StringComparison.Ordinal);
        Assert.Contains("no presentation with code '0000-0000-0000'", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("out of range", outOfRange.Message, StringComparison.Ordinal);
        Assert.Equal(0, current.Index);
        Assert.Equal(0, Volatile.Read(ref shown));
    }

    [Fact]
    public async Task StartPresentation_of_an_unknown_story_is_a_hub_error()
    {
        await using var presenter = await server.Factory.ConnectAsync(Token);

        var error = await Assert.ThrowsAsync<HubException>(() => presenter.InvokeAsync<PresentationTicket>("StartPresentation", "no-such-story", Token));

        Assert.Contains("no story 'no-such-story'", error.Message, StringComparison.Ordinal);
    }
}
