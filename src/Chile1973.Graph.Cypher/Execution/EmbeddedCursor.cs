using System.Diagnostics;

namespace Chile1973.Graph.Cypher.Execution;

/// <summary>
/// The records of one embedded query. Rows are pulled from the plan as the caller reads; the store lock
/// taken for the query is released when the rows run out, fail, or the cursor is disposed.
/// </summary>
internal sealed class EmbeddedCursor : ICypherCursor
{
    private readonly IEnumerator<object?[]>? _rows;
    private readonly bool _rowsOwned;
    private readonly Exception? _deferredError;
    private readonly GraphStore _store;
    private readonly QueryCounters _counters;
    private readonly long? _maxRows;
    private readonly int _maxElements;
    private readonly CancellationTokenSource _limits;
    private readonly CancellationToken _userToken;
    private readonly CancellationToken _token;
    private readonly Stopwatch _clock;
    private IDisposable? _lock;
    private long _count;
    private bool _started;
    private bool _finished;

    public EmbeddedCursor(
        IReadOnlyList<string> keys,
        IEnumerator<object?[]>? rows,
        bool rowsOwned,
        Exception? deferredError,
        GraphStore store,
        QueryCounters counters,
        long? maxRows,
        int maxElements,
        CancellationTokenSource limits,
        Stopwatch clock,
        IDisposable? heldLock,
        CancellationToken userToken)
    {
        Keys = keys;
        _rows = rows;
        _rowsOwned = rowsOwned;
        _deferredError = deferredError;
        _store = store;
        _counters = counters;
        _maxRows = maxRows;
        _maxElements = maxElements;
        _limits = limits;
        _token = limits.Token;
        _userToken = userToken;
        _clock = clock;
        _lock = heldLock;
    }

    public IReadOnlyList<string> Keys { get; }

    public async IAsyncEnumerator<CypherRecord> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        if (_started)
        {
            throw new InvalidOperationException("The records of a query can be read once.");
        }

        _started = true;
        using var link = cancellationToken.CanBeCanceled ? cancellationToken.Register(_limits.Cancel) : default;
        while (Next() is { } record)
        {
            yield return record;
            if ((_count & 255) == 0)
            {
                await Task.Yield();
            }
        }
    }

    private CypherRecord? Next()
    {
        if (_finished)
        {
            return null;
        }

        try
        {
            if (_deferredError is not null)
            {
                throw _deferredError;
            }

            if (_rows is null || !MoveNext(_rows))
            {
                Finish();
                return null;
            }

            // Counted whether or not rows are capped: the count also paces the cursor's yields to the thread pool.
            if (++_count > _maxRows)
            {
                throw new CypherException(CypherErrorKind.LimitExceeded, "RowLimitExceeded",
                    $"The query returned more than {_maxRows} rows.", CypherErrorPhase.Runtime);
            }

            var row = _rows.Current;
            var values = _rowsOwned ? row : new object?[row.Length];
            for (var i = 0; i < row.Length; i++)
            {
                values[i] = ValueConverter.ToPort(row[i], _store, _maxElements);
            }

            return new CypherRecord(Keys, values);
        }
        catch (OperationCanceledException) when (!_userToken.IsCancellationRequested && _limits.IsCancellationRequested)
        {
            Finish();
            throw new CypherException(CypherErrorKind.LimitExceeded, "TimeoutExceeded", "The query ran past its time limit.", CypherErrorPhase.Runtime);
        }
        catch (Exception error) when (error is not (CypherException or OperationCanceledException))
        {
            Finish();
            throw new CypherException(CypherErrorKind.DatabaseError, "InternalError", error.Message, CypherErrorPhase.Runtime, null, error);
        }
        catch
        {
            Finish();
            throw;
        }
    }

    private bool MoveNext(IEnumerator<object?[]> rows)
    {
        var previous = QueryThread.Swap(_token);
        try
        {
            return rows.MoveNext();
        }
        finally
        {
            QueryThread.Swap(previous);
        }
    }

    private void Finish()
    {
        if (_finished)
        {
            return;
        }

        _finished = true;
        _clock.Stop();
        _rows?.Dispose();
        Interlocked.Exchange(ref _lock, null)?.Dispose();
        _limits.Dispose();
    }

    public async Task<ResultSummary> ConsumeAsync(CancellationToken cancellationToken = default)
    {
        if (!_started)
        {
            await foreach (var _ in this.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
            }
        }

        Finish();
        return new ResultSummary(_counters, _clock.Elapsed, "embedded");
    }

    public ValueTask DisposeAsync()
    {
        Finish();
        return ValueTask.CompletedTask;
    }
}
