using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace Chile1973.Graph.Benchmarks;

/// <summary>
/// The store's async reader-writer lock against Nito.AsyncEx.Coordination's, uncontended, side by side in one run:
/// every query takes the read lock once, every write the write lock. The token can be cancelled, as a query's
/// limits token can.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Lock")]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[MedianColumn]
public class LockBenchmarks
{
    private readonly Chile1973.Graph.Cypher.Store.AsyncReaderWriterLock _own = new();
    private readonly Nito.AsyncEx.AsyncReaderWriterLock _nito = new();
    private static readonly CancellationTokenSource Limits = new();

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Read")]
    public async Task Own_read()
    {
        using (await _own.EnterReadAsync(Limits.Token).ConfigureAwait(false))
        {
        }
    }

    [Benchmark]
    [BenchmarkCategory("Read")]
    public async Task Nito_read()
    {
        using (await _nito.ReaderLockAsync(Limits.Token))
        {
        }
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Write")]
    public async Task Own_write()
    {
        using (await _own.EnterWriteAsync(Limits.Token).ConfigureAwait(false))
        {
        }
    }

    [Benchmark]
    [BenchmarkCategory("Write")]
    public async Task Nito_write()
    {
        using (await _nito.WriterLockAsync(Limits.Token))
        {
        }
    }
}
