namespace Chile1973.Graph.Cypher.Store;

/// <summary>Dense int tokens for names (labels, relationship types, property keys); tokens are never reused.</summary>
public sealed class TokenDictionary
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _names = [];

    /// <summary>The number of tokens handed out.</summary>
    public int Count => _names.Count;

    /// <summary>Changes whenever a token is handed out or forgotten: a name not found before may be found after.</summary>
    public int Version { get; private set; }

    /// <summary>The token of a name, created when new.</summary>
    public int GetOrAdd(string name)
    {
        if (!_ids.TryGetValue(name, out var id))
        {
            id = _names.Count;
            _names.Add(name);
            _ids.Add(name, id);
            Version++;
        }

        return id;
    }

    /// <summary>The token of a name, or -1 when the name was never used.</summary>
    public int Find(string name) => _ids.TryGetValue(name, out var id) ? id : -1;

    /// <summary>The name of a token.</summary>
    public string Name(int token) => _names[token];

    /// <summary>Forgets the tokens created after <paramref name="count"/> (rollback of a failed write).</summary>
    internal void TruncateTo(int count)
    {
        for (var i = _names.Count - 1; i >= count; i--)
        {
            _ids.Remove(_names[i]);
            _names.RemoveAt(i);
            Version++;
        }
    }
}
