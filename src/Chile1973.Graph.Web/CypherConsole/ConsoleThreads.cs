using System.Collections.Concurrent;

namespace Chile1973.Graph.Web.CypherConsole;

/// <summary>
/// The threads the console's queries run on. A console query may compute for its whole time limit without
/// yielding (the embedded engine counts a cross product inside one row pull), and on the shared thread pool two
/// such queries on a two-core server stall every other reader's expansions, searches and cancels for seconds while
/// the pool grows. Here they wait for each other instead; a query's awaits resume on these threads too.
/// </summary>
/// <remarks>Our own scheduler: the framework has none backed by dedicated threads, and this one is a queue and a loop.</remarks>
public sealed class ConsoleThreads : TaskScheduler, IDisposable
{
    [ThreadStatic]
    private static ConsoleThreads? owner;

    private readonly BlockingCollection<Task> queue = [];
    private readonly Thread[] threads;

    public ConsoleThreads(IOptions<ConsoleOptions> options)
    {
        threads = new Thread[options.Value.Threads];
        for (var i = 0; i < threads.Length; i++)
        {
            threads[i] = new Thread(Work) { IsBackground = true, Name = "Cypher console" };
            threads[i].Start();
        }
    }

    public override int MaximumConcurrencyLevel => threads.Length;

    /// <summary>Runs <paramref name="work"/> on a console thread, its awaits resuming there as well.</summary>
    public Task Run(Func<Task> work, CancellationToken cancellationToken) =>
        Task.Factory.StartNew(work, cancellationToken, TaskCreationOptions.DenyChildAttach, this).Unwrap();

    /// <summary>Lets the threads finish what is queued and end; the queue is left to them, not disposed under them.</summary>
    public void Dispose() => queue.CompleteAdding();

    protected override void QueueTask(Task task)
    {
        try
        {
            queue.Add(task);
        }
        catch (InvalidOperationException)
        {
            // The application is stopping: a query's last continuations still run, on the pool, so it ends and frees its lock.
            ThreadPool.UnsafeQueueUserWorkItem(static state => state.Scheduler.TryExecuteTask(state.Task), (Scheduler: this, Task: task), preferLocal: false);
        }
    }

    // Inline only on one of these threads: neither a pool thread nor another scheduler's may run this one's work.
    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) =>
        owner == this && !taskWasPreviouslyQueued && TryExecuteTask(task);

    protected override IEnumerable<Task> GetScheduledTasks() => queue.ToArray();

    private void Work()
    {
        owner = this;
        foreach (var task in queue.GetConsumingEnumerable())
        {
            TryExecuteTask(task);
        }
    }
}
