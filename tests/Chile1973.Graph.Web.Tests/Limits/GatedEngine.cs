using Chile1973.Graph.Core.Querying;

namespace Chile1973.Graph.Web.Tests.Limits;

/// <summary>The real engine, except that queries containing a marker wait at its door until the gate opens (or they are cancelled).</summary>
internal sealed class GatedEngine(ICypherEngine inner, GatedEngine.Gate gate) : ICypherEngine
{
    public string Name => inner.Name;

    public async Task<ICypherCursor> RunAsync(CypherQuery query, QueryOptions options, CancellationToken cancellationToken = default)
    {
        if (gate.Holds(query.Text))
        {
            Interlocked.Increment(ref gate.Waiting);
            try
            {
                await gate.Opened.WaitAsync(cancellationToken);
            }
            finally
            {
                Interlocked.Decrement(ref gate.Waiting);
            }
        }

        return await inner.RunAsync(query, options, cancellationToken);
    }

    public sealed class Gate(string marker)
    {
        private readonly TaskCompletionSource opened = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public int Waiting;

        public Task Opened => opened.Task;

        public bool Holds(string text) => !opened.Task.IsCompleted && text.Contains(marker, StringComparison.Ordinal);

        public void Open() => opened.TrySetResult();

        public async Task WaitForAsync(int waiting, CancellationToken cancellationToken)
        {
            while (Volatile.Read(ref Waiting) < waiting)
            {
                await Task.Delay(10, cancellationToken);
            }
        }
    }
}
