namespace Chile1973.Graph.Cypher.Planning;

/// <summary>The variables visible at a point of a query and the row slots that hold them.</summary>
internal sealed class Scope
{
    private readonly Dictionary<string, int> _slots;

    public Scope()
        : this(new Dictionary<string, int>(StringComparer.Ordinal))
    {
    }

    private Scope(Dictionary<string, int> slots) => _slots = slots;

    public IEnumerable<string> Names => _slots.Keys;

    public IReadOnlyDictionary<string, int> Slots => _slots;

    public bool TryGet(string name, out int slot) => _slots.TryGetValue(name, out slot);

    public bool Contains(string name) => _slots.ContainsKey(name);

    public Scope With(string name, int slot) => new(new Dictionary<string, int>(_slots, StringComparer.Ordinal) { [name] = slot });

    public Scope With(IEnumerable<KeyValuePair<string, int>> more)
    {
        var slots = new Dictionary<string, int>(_slots, StringComparer.Ordinal);
        foreach (var (name, slot) in more)
        {
            slots[name] = slot;
        }

        return new Scope(slots);
    }

    public static Scope Of(IEnumerable<KeyValuePair<string, int>> slots) => new Scope().With(slots);
}
