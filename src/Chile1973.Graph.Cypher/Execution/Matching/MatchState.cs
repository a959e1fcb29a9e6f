namespace Chile1973.Graph.Cypher.Execution.Matching;

/// <summary>The relationships a MATCH has bound so far: one relationship is used at most once per match (trail semantics).</summary>
internal sealed class MatchState
{
    private readonly List<int> _used = [];

    public bool IsUsed(int rel)
    {
        foreach (var used in _used)
        {
            if (used == rel)
            {
                return true;
            }
        }

        return false;
    }

    public void Push(int rel) => _used.Add(rel);

    public void Pop() => _used.RemoveAt(_used.Count - 1);
}
