namespace Chile1973.Graph.Tck.Manual;

/// <summary>A temporal value the manual prints unquoted (<c>2015-03-26</c>, <c>P14DT16H12M</c>); compared by its value.</summary>
public sealed record ManualTemporal(string Text);

/// <summary>A node as printed; <paramref name="Labels"/> is null when the print leaves them out (<c>Node[3]{...}</c>, <c>{{...}}</c>).</summary>
public sealed record ManualNode(IReadOnlyList<string>? Labels, IReadOnlyDictionary<string, object?> Properties);

/// <summary>A relationship as printed: <c>[:TYPE {props}]</c> or <c>{:TYPE}</c>.</summary>
public sealed record ManualRelationship(string Type, IReadOnlyDictionary<string, object?> Properties);

/// <summary>A path as printed: its nodes, and for each step the relationship and whether it points forward.</summary>
public sealed record ManualPath(IReadOnlyList<ManualNode> Nodes, IReadOnlyList<(ManualRelationship Relationship, bool Forward)> Steps);
