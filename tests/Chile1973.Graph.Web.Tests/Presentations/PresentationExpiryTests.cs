using Chile1973.Graph.Web.Presentations;
using Xunit;

namespace Chile1973.Graph.Web.Tests.Presentations;

public sealed class PresentationExpiryTests
{
    private static readonly CancellationToken Token = TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_presentation_expires_its_lifetime_after_its_last_step_and_a_step_renews_it()
    {
        var clock = new ManualClock();
        var store = new MemoryPresentationStore(clock);
        var lifetime = TimeSpan.FromHours(1);
        await store.TryCreateAsync("CODE", new PresentationState("story", 0, [1, 2, 3]), lifetime, Token);

        clock.Advance(TimeSpan.FromMinutes(50));
        await store.SetIndexAsync("CODE", 1, lifetime, Token);
        clock.Advance(TimeSpan.FromMinutes(50));
        var renewed = await store.GetAsync("CODE", Token);
        clock.Advance(TimeSpan.FromMinutes(11));
        var expired = await store.GetAsync("CODE", Token);

        Assert.Equal(1, renewed!.Index);
        Assert.Null(expired);
    }

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset now = new(2023, 9, 11, 0, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => now;

        public void Advance(TimeSpan by) => now += by;
    }
}
