using Chile1973.Graph.Core.Model;

namespace Chile1973.Graph.Core.GraphFiles;

/// <summary>What the files read so far have established, and the problems found.</summary>
internal sealed class GraphValidationContext(SeedLibrary seeds)
{
    /// <summary>The extra column that names the person an interpretive claim is attributed to.</summary>
    public const string ClaimedBy = "claimed_by";

    private readonly List<(GraphProblem Problem, string NodeId)> _claimants = [];

    public SeedLibrary Seeds { get; } = seeds;

    /// <summary>The relationship categories; null when the vocabulary files are missing (reported once).</summary>
    public RelationshipVocabulary? Vocabulary { get; set; }

    public List<GraphProblem> Problems { get; } = [];

    /// <summary>Every node id the reader found, even on rows with other problems, so one bad cell does not cascade.</summary>
    public HashSet<string> NodeIds { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, SourceLocation> RelationshipIds { get; } = new(StringComparer.Ordinal);

    public List<GraphNode> Nodes { get; } = [];

    public List<GraphRelationship> Relationships { get; } = [];

    /// <summary>Remembers a <c>claimed_by</c> reference; it is checked once every node file is read.</summary>
    public void CheckClaimant(GraphRow row, Dictionary<string, object?> extras)
    {
        if (extras.TryGetValue(ClaimedBy, out var value) && value is string nodeId)
        {
            _claimants.Add((new GraphProblem(row.Location.File, row.Line, ClaimedBy, $"no node has id '{nodeId}'"), nodeId));
        }
    }

    public void CheckDeferred()
    {
        foreach (var (problem, nodeId) in _claimants)
        {
            if (!NodeIds.Contains(nodeId))
            {
                Problems.Add(problem);
            }
        }
    }
}
