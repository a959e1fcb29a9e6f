using Chile1973.Graph.Web.Presentations;
using Chile1973.Graph.Web.Tests.Fixtures;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit;

namespace Chile1973.Graph.Web.Tests.Presentations;

/// <summary>Wrong codes and keys are counted per client address, so codes and keys cannot be searched by trying.</summary>
public sealed class PresentationGuessingTests : IAsyncLifetime
{
    private static readonly CancellationToken Token = TestContext.Current.CancellationToken;
    private readonly ExplorerAppFactory factory = new(settings: new Dictionary<string, string?> { ["Presentations:FailedAttemptsPerMinute"] = "3" });

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task An_address_that_sent_too_many_wrong_codes_or_keys_is_refused_even_with_a_right_code()
    {
        await using var presenter = await factory.ConnectAsync(Token);
        await using var guesser = await factory.ConnectAsync(Token);
        var ticket = await presenter.InvokeAsync<PresentationTicket>("StartPresentation", "road-to-11-september", Token);

        await Assert.ThrowsAsync<HubException>(() => guesser.InvokeAsync<PresentationStep>("JoinPresentation", "AAAA-AAAA-AAAA", Token));
        await Assert.ThrowsAsync<HubException>(() => guesser.InvokeAsync<PresentationStep>("JoinPresentation", "BBBB-BBBB-BBBB", Token));
        await Assert.ThrowsAsync<HubException>(() => guesser.InvokeAsync("PresentStep", ticket.Code, "a guess", 1, Token));
        var refused = await Assert.ThrowsAsync<HubException>(() => guesser.InvokeAsync<PresentationStep>("JoinPresentation", ticket.Code, Token));

        Assert.Contains("Too many wrong presentation codes or keys", refused.Message, StringComparison.Ordinal);
    }
}
