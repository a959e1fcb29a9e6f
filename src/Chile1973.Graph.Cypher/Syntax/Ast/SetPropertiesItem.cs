namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary>
/// <c>n = map</c> (<see cref="Merge"/> false: replace every property) or <c>n += map</c> (<see cref="Merge"/>
/// true: add and overwrite). The value may also be a node or relationship, whose properties are used.
/// </summary>
public sealed record SetPropertiesItem(SourceSpan Span, Variable Target, Expression Value, bool Merge) : SetItem(Span);
