namespace Chile1973.Graph.Cypher.Execution.Matching;

/// <summary>How a pattern's relationship is found through a relationship property index (see <see cref="GraphStore.IsRelationshipIndexed"/>).</summary>
internal abstract record RelationshipSeek(string Key)
{
    /// <summary><c>r.category = value</c> or <c>-[r {category: value}]-</c>.</summary>
    public sealed record Indexed(string Key, Evaluator Value) : RelationshipSeek(Key);

    /// <summary><c>r.category IN list</c>: one index lookup per element.</summary>
    public sealed record IndexedList(string Key, Evaluator Values) : RelationshipSeek(Key);
}
