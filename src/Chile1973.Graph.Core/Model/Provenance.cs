namespace Chile1973.Graph.Core.Model;

/// <summary>Where a fact comes from: a seed document id and a verbatim quote of it.</summary>
public sealed record Provenance(string Source, string Quote);
