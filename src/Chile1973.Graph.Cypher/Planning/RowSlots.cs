namespace Chile1973.Graph.Cypher.Planning;

/// <summary>
/// The variables visible at a point of a plan and the row slots that hold them (the planner's view; the
/// analyzer's <see cref="Semantics.Scope"/> holds their static types).
/// </summary>
internal sealed class RowSlots
{
    private readonly Dictionary<string, int> _slots;

    public RowSlots()
        : this(new Dictionary<string, int>(StringComparer.Ordinal))
    {
    }

    private RowSlots(Dictionary<string, int> slots) => _slots = slots;

    public IEnumerable<string> Names => _slots.Keys;

    public IReadOnlyDictionary<string, int> Slots => _slots;

    public bool TryGet(string name, out int slot) => _slots.TryGetValue(name, out slot);

    public bool Contains(string name) => _slots.ContainsKey(name);

    public RowSlots With(string name, int slot) => new(new Dictionary<string, int>(_slots, StringComparer.Ordinal) { [name] = slot });

    public RowSlots With(IEnumerable<KeyValuePair<string, int>> more)
    {
        var slots = new Dictionary<string, int>(_slots, StringComparer.Ordinal);
        foreach (var (name, slot) in more)
        {
            slots[name] = slot;
        }

        return new RowSlots(slots);
    }

    public static RowSlots Of(IEnumerable<KeyValuePair<string, int>> slots) => new RowSlots().With(slots);
}
