using Chile1973.Graph.Web.Queries;
using Xunit;

namespace Chile1973.Graph.Web.Tests.Units;

/// <summary>
/// Answers kept by what was asked and the embedded engine's graph version: computed once however many readers ask
/// at the same moment, computed again after a write, and never taken from a reader who stopped reading early.
/// </summary>
public sealed class GraphVersionCacheTests
{
    private static readonly string[] Answer = ["first", "second", "third"];

    [Fact]
    public async Task Readers_asking_at_once_for_the_same_answer_share_one_query()
    {
        using var cache = new GraphVersionCache<string, string>(UnitGraph.Empty(), 100, static _ => 1);
        var source = new CountedQuery();

        var readers = Enumerable.Range(0, 5).Select(_ => cache.GetAsync("key", source.Run, Token)).ToList();
        await source.Started.Task.WaitAsync(Token);
        source.Release.SetResult();
        var answers = await Task.WhenAll(readers);

        Assert.All(answers, a => Assert.Equal(Answer, a));
        Assert.Equal(1, source.Runs);
    }

    [Fact]
    public async Task A_reader_who_found_nothing_kept_takes_the_answer_kept_before_it_began_to_read()
    {
        using var cache = new GraphVersionCache<string, string>(UnitGraph.Empty(), 100, static _ => 1);
        var source = new CountedQuery();
        source.Release.SetResult();

        // Asked while nothing was kept, then read only after another reader computed the answer and kept it: the
        // moment between the two, which a hub call crosses on a busy machine, must not make it query again.
        var late = cache.StreamAsync("key", source.Run, Token);
        Assert.Equal(Answer, await cache.GetAsync("key", source.Run, Token));
        Assert.Equal(Answer, await late.ToListAsync(Token));

        Assert.Equal(1, source.Runs);
    }

    [Fact]
    public async Task Readers_on_many_threads_asking_for_an_answer_just_being_kept_share_one_query()
    {
        // The race of readers with an answer that comes at once, as a small graph's schema does: whichever reader
        // computes it, the others either join it or find it kept, in every round.
        const int rounds = 300;
        const int readers = 8;
        for (var round = 0; round < rounds; round++)
        {
            using var cache = new GraphVersionCache<string, string>(UnitGraph.Empty(), 100, static _ => 1);
            var source = new CountedQuery();
            source.Release.SetResult();
            using var start = new Barrier(readers);

            // A thread of its own for each reader, since they wait for each other at the start.
            var answers = await Task.WhenAll(Enumerable.Range(0, readers).Select(_ => Task.Factory.StartNew(
                () =>
                {
                    start.SignalAndWait(Token);
                    return cache.GetAsync("key", source.Run, Token);
                },
                Token,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default).Unwrap()));

            Assert.All(answers, a => Assert.Equal(Answer, a));
            Assert.Equal(1, source.Runs);
        }
    }

    [Fact]
    public async Task An_answer_is_computed_again_after_a_write_and_kept_again()
    {
        var engine = UnitGraph.Empty();
        using var cache = new GraphVersionCache<string, string>(engine, 100, static _ => 1);
        var source = new CountedQuery();
        source.Release.SetResult();

        await cache.GetAsync("key", source.Run, Token);
        await cache.GetAsync("key", source.Run, Token);
        await UnitGraph.WriteAsync(engine, "CREATE (:Written)", Token);

        await cache.GetAsync("key", source.Run, Token);
        await cache.GetAsync("key", source.Run, Token);

        Assert.Equal(2, source.Runs);
    }

    [Fact]
    public async Task A_reader_that_stops_early_leaves_the_others_a_whole_answer()
    {
        using var cache = new GraphVersionCache<string, string>(UnitGraph.Empty(), 100, static _ => 1);
        var source = new CountedQuery();
        source.Release.SetResult();

        await using (var first = cache.StreamAsync("key", source.Run, Token).GetAsyncEnumerator(Token))
        {
            Assert.True(await first.MoveNextAsync());
            var waiting = cache.GetAsync("key", source.Run, Token);
            Assert.False(waiting.IsCompleted);
            await first.DisposeAsync();
            Assert.Equal(Answer, await waiting);
        }

        Assert.Equal(Answer, await cache.GetAsync("key", source.Run, Token));
        Assert.Equal(2, source.Runs);
    }

    [Fact]
    public async Task Nothing_is_kept_when_the_cache_has_no_room()
    {
        using var cache = new GraphVersionCache<string, string>(UnitGraph.Empty(), 0, static _ => 1);
        var source = new CountedQuery();
        source.Release.SetResult();

        await cache.GetAsync("key", source.Run, Token);
        await cache.GetAsync("key", source.Run, Token);

        Assert.Equal(2, source.Runs);
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    // A query that says when it starts and sends its answer once released.
    private sealed class CountedQuery
    {
        private int runs;

        public int Runs => Volatile.Read(ref runs);

        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async IAsyncEnumerable<string> Run([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref runs);
            Started.TrySetResult();
            await Release.Task.WaitAsync(cancellationToken);
            foreach (var item in Answer)
            {
                yield return item;
            }
        }
    }
}
