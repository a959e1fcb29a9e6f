using System.Collections.Concurrent;
using System.Diagnostics;
using Chile1973.Graph.Cypher.Planning;
using Chile1973.Graph.Cypher.Procedures;
using Chile1973.Graph.Cypher.Semantics;
using Chile1973.Graph.Cypher.Syntax;

namespace Chile1973.Graph.Cypher;

/// <summary>
/// The embedded openCypher engine over a <see cref="GraphStore"/>: parses, analyses and plans each query
/// text once, runs reads concurrently and streams their rows, and runs writes one at a time, atomically
/// (a failing write leaves the graph as it was).
/// </summary>
public sealed class EmbeddedCypherEngine : ICypherEngine, IGraphVersionSource
{
    private const int MaxCachedTextLength = 16_384;

    private readonly ConcurrentDictionary<string, CompiledQuery> _plans = new(StringComparer.Ordinal);
    private readonly EmbeddedEngineOptions _options;
    private readonly QueryLimits _limits;

    /// <summary>Creates an engine over a store.</summary>
    public EmbeddedCypherEngine(GraphStore store, EmbeddedEngineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        Store = store;
        _options = options ?? new EmbeddedEngineOptions();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(_options.MaxListSize, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(_options.MaxStringLength, nameof(options));
        _limits = QueryLimits.From(_options);
        Procedures = new ProcedureRegistry(_options.NameIndex);
        Procedures.Changed += _plans.Clear;
    }

    /// <inheritdoc />
    public string Name => "embedded";

    /// <inheritdoc />
    public long GraphVersion => Store.Version;

    /// <summary>The graph the engine runs on.</summary>
    public GraphStore Store { get; }

    /// <summary>How many nodes and relationships the graph holds, for the parts that compose the engine and report it.</summary>
    public (int Nodes, int Relationships) Size => (Store.NodeCount, Store.RelationshipCount);

    /// <summary>Whether the graph's search and name-order indexes are built for the graph as it is now.</summary>
    public bool IndexesBuilt => Store.LazyIndexesBuilt;

    /// <summary>
    /// Builds now the indexes the engine otherwise builds on first use (search over names and aliases, names in
    /// order): a server calls it before it takes readers, so none of them waits seconds for the first search.
    /// </summary>
    public void BuildIndexes() => Store.BuildLazyIndexes();

    /// <summary>The procedures CALL can reach; register test procedures here.</summary>
    public ProcedureRegistry Procedures { get; }

    /// <inheritdoc />
    public async Task<ICypherCursor> RunAsync(CypherQuery query, QueryOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        var compiled = Compile(query.Text);
        if (compiled.IsUpdating && options.Mode == AccessMode.Read)
        {
            throw new CypherException(CypherErrorKind.AccessModeViolation, "WriteInReadMode",
                "This query writes to the graph, but it was run in read mode.", CypherErrorPhase.CompileTime, compiled.FirstUpdate);
        }

        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in query.ParametersOrEmpty)
        {
            parameters[name] = ValueConverter.FromPort(value);
        }

        foreach (var (name, position) in compiled.Parameters)
        {
            if (!parameters.ContainsKey(name))
            {
                throw new CypherException(CypherErrorKind.ParameterMissing, "MissingParameter",
                    $"Expected a parameter named {name}.", CypherErrorPhase.CompileTime, position);
            }
        }

        var limits = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var deadline = long.MaxValue;
        if (options.Timeout is { } timeout)
        {
            limits.CancelAfter(timeout);
            deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        }

        return compiled.IsUpdating
            ? await RunWriteAsync(compiled, parameters, options, limits, deadline, clock, cancellationToken).ConfigureAwait(false)
            : await RunReadAsync(compiled, parameters, options, limits, deadline, clock, cancellationToken).ConfigureAwait(false);
    }

    private CompiledQuery Compile(string text)
    {
        if (_plans.TryGetValue(text, out var cached))
        {
            return cached;
        }

        var statement = CypherParser.Parse(text);
        var analyzed = SemanticAnalyzer.Analyze(statement);
        var compiled = QueryPlanner.Plan(analyzed, text, Procedures);
        if (_plans.Count >= _options.PlanCacheSize)
        {
            _plans.Clear();
        }

        // A generated query of a megabyte is rarely run twice; caching it would hold its text and plan for good.
        if (text.Length <= MaxCachedTextLength)
        {
            _plans[text] = compiled;
        }

        return compiled;
    }

    private async Task<ICypherCursor> RunReadAsync(
        CompiledQuery compiled, Dictionary<string, object?> parameters, QueryOptions options,
        CancellationTokenSource limits, long deadline, Stopwatch clock, CancellationToken userToken)
    {
        IDisposable held;
        try
        {
            held = await Store.Lock.ReaderLockAsync(limits.Token).ConfigureAwait(false);
        }
        catch
        {
            limits.Dispose();
            throw;
        }

        var context = new QueryContext(Store, parameters, Procedures, compiled.SlotCount, null, _limits, limits.Token, deadline);
        var rows = compiled.Root.Run(context, context.NewRow()).GetEnumerator();
        return new EmbeddedCursor(compiled.Columns, rows, compiled.YieldsOwnRows, null, Store, QueryCounters.None, options.MaxRows, _limits.MaxListSize, limits, clock, held, userToken);
    }

    private async Task<ICypherCursor> RunWriteAsync(
        CompiledQuery compiled, Dictionary<string, object?> parameters, QueryOptions options,
        CancellationTokenSource limits, long deadline, Stopwatch clock, CancellationToken userToken)
    {
        List<object?[]>? buffered = null;
        Exception? failure = null;
        var counters = QueryCounters.None;
        using (await Store.Lock.WriterLockAsync(limits.Token).ConfigureAwait(false))
        {
            var write = Store.BeginWrite();
            try
            {
                var context = new QueryContext(Store, parameters, Procedures, compiled.SlotCount, write, _limits, limits.Token, deadline);
                var previous = QueryThread.Swap(limits.Token);
                try
                {
                    buffered = [.. compiled.Root.Run(context, context.NewRow())];
                }
                finally
                {
                    QueryThread.Swap(previous);
                }

                if (write.FindDeletedNodeStillConnected() >= 0)
                {
                    throw new CypherException(CypherErrorKind.ConstraintVerificationFailed, "DeleteConnectedNode",
                        "Cannot delete a node that still has relationships; use DETACH DELETE.", CypherErrorPhase.Runtime, compiled.FirstDelete);
                }

                counters = new QueryCounters
                {
                    NodesCreated = write.NodesCreated,
                    NodesDeleted = write.NodesDeleted,
                    RelationshipsCreated = write.RelationshipsCreated,
                    RelationshipsDeleted = write.RelationshipsDeleted,
                    PropertiesSet = write.PropertiesSet,
                    LabelsAdded = write.LabelsAdded,
                    LabelsRemoved = write.LabelsRemoved,
                };
                write.Commit();
            }
            catch (Exception error)
            {
                write.Rollback();
                failure = error;
                buffered = null;
            }
        }

        return new EmbeddedCursor(compiled.Columns, buffered?.GetEnumerator(), compiled.YieldsOwnRows, failure, Store, counters, options.MaxRows, _limits.MaxListSize, limits, clock, null, userToken);
    }
}
