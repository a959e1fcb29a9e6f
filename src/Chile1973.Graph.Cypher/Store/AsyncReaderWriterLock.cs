namespace Chile1973.Graph.Cypher.Store;

/// <summary>
/// Many readers or one writer, awaitable and not bound to a thread (queries stream across awaits).
/// A waiting writer holds back new readers so writes are not starved.
/// </summary>
public sealed class AsyncReaderWriterLock
{
    private readonly Lock _gate = new();
    private readonly Queue<TaskCompletionSource<IDisposable>> _writers = new();
    private readonly List<TaskCompletionSource<IDisposable>> _readers = [];
    private int _activeReaders;
    private bool _writing;

    /// <summary>Waits for shared access; dispose the result to leave.</summary>
    public Task<IDisposable> EnterReadAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (!_writing && _writers.Count == 0)
            {
                _activeReaders++;
                return Task.FromResult<IDisposable>(new Releaser(this, write: false));
            }

            var waiter = new TaskCompletionSource<IDisposable>(TaskCreationOptions.RunContinuationsAsynchronously);
            _readers.Add(waiter);
            return WithCancellation(waiter, cancellationToken);
        }
    }

    /// <summary>Waits for exclusive access; dispose the result to leave.</summary>
    public Task<IDisposable> EnterWriteAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (!_writing && _activeReaders == 0)
            {
                _writing = true;
                return Task.FromResult<IDisposable>(new Releaser(this, write: true));
            }

            var waiter = new TaskCompletionSource<IDisposable>(TaskCreationOptions.RunContinuationsAsynchronously);
            _writers.Enqueue(waiter);
            return WithCancellation(waiter, cancellationToken);
        }
    }

    private async Task<IDisposable> WithCancellation(TaskCompletionSource<IDisposable> waiter, CancellationToken cancellationToken)
    {
        if (!cancellationToken.CanBeCanceled)
        {
            return await waiter.Task.ConfigureAwait(false);
        }

        await using (cancellationToken.Register(() => waiter.TrySetCanceled(cancellationToken)).ConfigureAwait(false))
        {
            try
            {
                return await waiter.Task.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                lock (_gate)
                {
                    _readers.Remove(waiter);
                    if (_writers.Contains(waiter))
                    {
                        var rest = _writers.Where(w => w != waiter).ToList();
                        _writers.Clear();
                        foreach (var w in rest)
                        {
                            _writers.Enqueue(w);
                        }
                    }

                    Grant();
                }

                throw;
            }
        }
    }

    private void Release(bool write)
    {
        lock (_gate)
        {
            if (write)
            {
                _writing = false;
            }
            else
            {
                _activeReaders--;
            }

            Grant();
        }
    }

    // Called under the gate: hand the lock to the next writer, or else to every waiting reader.
    private void Grant()
    {
        if (_writing)
        {
            return;
        }

        while (_activeReaders == 0 && _writers.Count > 0)
        {
            var writer = _writers.Dequeue();
            if (writer.TrySetResult(new Releaser(this, write: true)))
            {
                _writing = true;
                return;
            }
        }

        if (_writers.Count == 0)
        {
            foreach (var reader in _readers)
            {
                if (reader.TrySetResult(new Releaser(this, write: false)))
                {
                    _activeReaders++;
                }
            }

            _readers.Clear();
        }
    }

    private sealed class Releaser(AsyncReaderWriterLock owner, bool write) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                owner.Release(write);
            }
        }
    }
}
