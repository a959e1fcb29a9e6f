using Chile1973.Graph.LoadTest;
using Xunit;

namespace Chile1973.Graph.Web.Tests.Load;

/// <summary>The progress line's window: the p99 of the expansions ended since the line before, then a new window.</summary>
public sealed class LatencyWindowTests
{
    [Fact]
    public void A_window_gives_the_p99_of_what_ended_since_the_last_line_and_starts_again_empty()
    {
        var window = new LatencyWindow();
        foreach (var ms in Enumerable.Range(1, 200).Reverse())
        {
            window.Add(ms);
        }

        Assert.Equal((200, 198.0), window.Take());
        Assert.Equal((0, 0.0), window.Take());

        window.Add(7);
        Assert.Equal((1, 7.0), window.Take());
    }
}
