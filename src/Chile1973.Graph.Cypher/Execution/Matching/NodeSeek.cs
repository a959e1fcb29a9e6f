namespace Chile1973.Graph.Cypher.Execution.Matching;

/// <summary>How a pattern's first node is found: by an index on <c>id</c>/<c>name</c>, a name prefix, a label, or a scan.</summary>
internal abstract record NodeSeek
{
    /// <summary>Equality on an indexed property (<c>id</c> or <c>name</c>).</summary>
    public sealed record Indexed(string Key, Evaluator Value) : NodeSeek;

    /// <summary><c>id IN list</c> or <c>name IN list</c>: one index lookup per element.</summary>
    public sealed record IndexedList(string Key, Evaluator Values) : NodeSeek;

    /// <summary><c>name STARTS WITH</c>.</summary>
    public sealed record NamePrefix(Evaluator Prefix) : NodeSeek;

    /// <summary>Every node.</summary>
    public sealed record All : NodeSeek;
}
