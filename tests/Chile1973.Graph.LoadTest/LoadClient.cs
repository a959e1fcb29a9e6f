using System.Diagnostics;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Chile1973.Graph.LoadTest;

/// <summary>
/// One simulated reader: connects, then at a fixed rate expands a random node it has seen (depth 1
/// or 2), now and then searching a word of a name it has read. Counts are read by the progress
/// line while the client runs, so they change through <see cref="Interlocked"/>.
/// </summary>
internal sealed class LoadClient(LoadSettings settings, int index, LatencyWindow window) : IAsyncDisposable
{
    private const int KnownIdsKept = 256;
    private const int SearchEvery = 5;
    private const int SearchLimit = 10;

    private readonly KnownNodes known = new(KnownIdsKept, ChoicesFor(settings.Seed, index));
    private readonly List<string> words = [];
    private readonly List<double> latencies = [];
    private readonly List<string> errorSamples = [];
    private HubConnection? connection;
    private string? startNodeId;
    private long expansions;
    private long errors;
    private long lost;
    private long searches;
    private long unmeasured;

    public long Expansions => Interlocked.Read(ref expansions);

    public long Errors => Interlocked.Read(ref errors);

    public long Lost => Interlocked.Read(ref lost);

    public long Searches => Interlocked.Read(ref searches);

    /// <summary>Expansions completed before the clock started.</summary>
    public long Unmeasured => Interlocked.Read(ref unmeasured);

    /// <summary>Completed expansions' latencies in ms; read once the client has stopped.</summary>
    public IReadOnlyList<double> Latencies => latencies;

    /// <summary>The first few error messages, to say what went wrong.</summary>
    public IReadOnlyList<string> ErrorSamples => errorSamples;

    /// <summary>
    /// The random choices of client <paramref name="index"/>: the same in every run with the same seed. Not seeded with
    /// HashCode.Combine, whose hashes change with every process.
    /// </summary>
    internal static Random ChoicesFor(int seed, int index) => new(unchecked((seed * 1_000_003) + index));

    /// <summary>Connects and waits for the hub's welcome, which names the first node to expand.</summary>
    public async Task ConnectAsync(CancellationToken cancellationToken)
    {
        connection = HubLink.Build(settings);
        var welcome = await HubLink.StartAsync(connection, settings, cancellationToken).ConfigureAwait(false);
        if (welcome.StartNodeId is { Length: > 0 } start)
        {
            startNodeId = start;
            known.Add(start);
        }
    }

    /// <summary>
    /// Starts expansions on schedule from <paramref name="start"/> until <paramref name="stop"/>; a
    /// late call starts at once rather than being skipped, so a slow server shows as latency. Unless
    /// <paramref name="measured"/>, nothing is timed or counted and no call starts after <paramref name="stop"/> (a
    /// warm-up at the run's own pace).
    /// </summary>
    public async Task RunAsync(long start, long stop, bool measured, CancellationToken cancellationToken)
    {
        var interval = Stopwatch.Frequency / settings.Rate;
        var next = start + (long)(known.Random.NextDouble() * interval);
        for (var move = 0; ; move++)
        {
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), next);
            // A warm-up ends on time even behind schedule: it only has to run the client's code, not the whole load.
            if (next >= stop || (!measured && Stopwatch.GetTimestamp() >= stop) || cancellationToken.IsCancellationRequested)
            {
                return;
            }

            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
            }

            if (move % SearchEvery == SearchEvery - 1)
            {
                await SearchAsync(measured, cancellationToken).ConfigureAwait(false);
            }

            await ExpandAsync(cancellationToken, measured).ConfigureAwait(false);
            next += (long)interval;
        }
    }

    /// <summary>One expansion of a node the client knows, neither timed nor counted (why: <see cref="LoadRun"/>'s warm-up).</summary>
    public Task WarmUpAsync(CancellationToken cancellationToken) => ExpandAsync(cancellationToken, measured: false);

    /// <summary>
    /// The start node's rings at <paramref name="depth"/> and, if <paramref name="search"/>, a search for a word of a
    /// name they hold; neither timed, counted nor learned from, and drawing nothing from the client's random choices.
    /// The app walked those rings for the run's first expansion and sends them from its cache, so this runs the client's
    /// own code at no walk's cost to the app (why: <see cref="LoadRun.CompileOwnCodeAsync"/>). A refusal or failure
    /// counts as an error of the run.
    /// </summary>
    public async Task ExerciseAsync(int depth, bool search, CancellationToken cancellationToken)
    {
        if (startNodeId is null || connection is null)
        {
            return;
        }

        string? word = null;
        var call = $"StreamNeighbourhood('{startNodeId}', {depth}, {settings.Limit})";
        try
        {
            await foreach (var batch in connection.StreamAsync<RingBatch>("StreamNeighbourhood", startNodeId, depth, settings.Limit, cancellationToken).ConfigureAwait(false))
            {
                word ??= batch.Nodes.Select(n => n.Data.Label?.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()).FirstOrDefault(w => w is { Length: >= 3 });
            }

            if (search && word is not null)
            {
                call = $"Search('{word}', {SearchLimit})";
                _ = await connection.InvokeAsync<IReadOnlyList<SearchHitWire>>("Search", word, SearchLimit, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is HubException or InvalidOperationException or IOException or System.Net.WebSockets.WebSocketException)
        {
            Failed($"{call} before the clock: {e.Message}");
        }
    }

    private async Task ExpandAsync(CancellationToken cancellationToken, bool measured = true)
    {
        if (known.Count == 0 || connection is null)
        {
            return;
        }

        var nodeId = known.Pick();
        var depth = 1 + known.Random.Next(2);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.EffectiveStreamTimeout);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var stream = connection.StreamAsync<RingBatch>("StreamNeighbourhood", nodeId, depth, settings.Limit, timeout.Token);
            await foreach (var batch in stream.ConfigureAwait(false))
            {
                Learn(batch.Nodes);
            }

            if (!measured)
            {
                Interlocked.Increment(ref unmeasured);
                return;
            }

            var latency = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            latencies.Add(latency);
            window.Add(latency);
            Interlocked.Increment(ref expansions);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            Interlocked.Increment(ref lost);
        }
        catch (Exception e) when (e is HubException or InvalidOperationException or IOException or System.Net.WebSockets.WebSocketException)
        {
            Failed($"StreamNeighbourhood('{nodeId}', {depth}, {settings.Limit}): {e.Message}");
        }
    }

    private async Task SearchAsync(bool measured, CancellationToken cancellationToken)
    {
        if (words.Count == 0 || connection is null)
        {
            return;
        }

        var text = words[known.Random.Next(words.Count)];
        try
        {
            var hits = await connection.InvokeAsync<IReadOnlyList<SearchHitWire>>("Search", text, SearchLimit, cancellationToken).ConfigureAwait(false);
            if (measured)
            {
                Interlocked.Increment(ref searches);
            }

            foreach (var hit in hits)
            {
                Remember(hit.Id);
            }
        }
        catch (Exception e) when (e is HubException or InvalidOperationException or IOException or System.Net.WebSockets.WebSocketException)
        {
            Failed($"Search('{text}', {SearchLimit}): {e.Message}");
        }
    }

    private void Learn(IReadOnlyList<WireElement> nodes)
    {
        foreach (var node in nodes)
        {
            Remember(node.Data.Id);
            if (words.Count < KnownIdsKept && node.Data.Label?.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var word, ..] && word.Length >= 3)
            {
                words.Add(word);
            }
        }
    }

    private void Remember(string id) => known.Add(id);

    private void Failed(string message)
    {
        Interlocked.Increment(ref errors);
        lock (errorSamples)
        {
            if (errorSamples.Count < 5)
            {
                errorSamples.Add(message);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (connection is not null)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }
    }
}
