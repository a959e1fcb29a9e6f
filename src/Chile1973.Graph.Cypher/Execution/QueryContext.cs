using Chile1973.Graph.Cypher.Procedures;

namespace Chile1973.Graph.Cypher.Execution;

/// <summary>What a running query needs besides its rows: the store, parameters, clock, write and limits.</summary>
internal sealed class QueryContext(
    GraphStore store,
    IReadOnlyDictionary<string, object?> parameters,
    ProcedureRegistry procedures,
    int slotCount,
    StoreWrite? write,
    QueryLimits limits,
    CancellationToken cancellationToken,
    long deadline = long.MaxValue)
{
    private int _ticks;
    private Functions.Temporal.TemporalContext? _temporal;
    private Dictionary<object, object?>? _memo;
    private object? _lastMemoKey;
    private object? _lastMemoValue;

    public GraphStore Store { get; } = store;

    public IReadOnlyDictionary<string, object?> Parameters { get; } = parameters;

    public ProcedureRegistry Procedures { get; } = procedures;

    public int SlotCount { get; } = slotCount;

    public StoreWrite? Write { get; } = write;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>The largest list and string the query may build.</summary>
    public QueryLimits Limits { get; } = limits;

    /// <summary>When the query's time limit ends, as a <see cref="System.Diagnostics.Stopwatch"/> timestamp (<see cref="long.MaxValue"/>: no limit).</summary>
    public long Deadline { get; } = deadline;

    /// <summary>How long a step that cannot be cancelled from outside (a regular-expression match) may still run.</summary>
    public TimeSpan Remaining(TimeSpan atMost)
    {
        if (Deadline == long.MaxValue)
        {
            return atMost;
        }

        var left = System.Diagnostics.Stopwatch.GetElapsedTime(System.Diagnostics.Stopwatch.GetTimestamp(), Deadline);
        return left < atMost ? left : atMost;
    }

    /// <summary>The statement's clock: every temporal function of one statement sees the same instant.</summary>
    public DateTimeOffset Now { get; } = DateTimeOffset.UtcNow;

    /// <summary>The temporal functions' view of the statement clock.</summary>
    public Functions.Temporal.TemporalContext Temporal => _temporal ??= new Functions.Temporal.TemporalContext(Now);

    public object?[] NewRow() => new object?[SlotCount];

    /// <summary>How many candidates (nodes, relationships, rows) the query has examined so far: one per <see cref="Tick"/>.</summary>
    public int Examined => _ticks;

    /// <summary>
    /// A value a compiled step works out once per run of the query (a set built from a parameter), kept under the
    /// step's own key. A run reads its rows on one thread at a time, so this needs no lock. <paramref name="create"/>
    /// takes the key, so a static one serves every call without a delegate made per call.
    /// </summary>
    public T Memo<TKey, T>(TKey key, Func<QueryContext, TKey, T> create)
        where TKey : class
    {
        // The last key asked for answers without the dictionary: an expansion asks for its id set once per
        // neighbour it reads, thousands of times in a row, and each lookup there cost more than the test it serves.
        if (ReferenceEquals(_lastMemoKey, key))
        {
            return (T)_lastMemoValue!;
        }

        _memo ??= new Dictionary<object, object?>(ReferenceEqualityComparer.Instance);
        if (!_memo.TryGetValue(key, out var value))
        {
            _memo[key] = value = create(this, key);
        }

        (_lastMemoKey, _lastMemoValue) = (key, value);
        return (T)value!;
    }

    /// <summary>Checks for cancellation every so many calls, cheaply.</summary>
    public void Tick()
    {
        if ((++_ticks & 1023) == 0)
        {
            CancellationToken.ThrowIfCancellationRequested();
        }
    }

    /// <summary>Checks for cancellation now: for loops whose single step may be long (reduce, a breadth-first level).</summary>
    public void CheckCancellation() => CancellationToken.ThrowIfCancellationRequested();
}

/// <summary>An expression compiled once, evaluated per row.</summary>
internal delegate object? Evaluator(QueryContext context, object?[] row);
