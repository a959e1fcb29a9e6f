namespace Chile1973.Graph.Cypher.Store;

/// <summary>
/// One property name's token, kept where an expression reads that property: a ring of a neighbourhood reads a
/// handful of properties of thousands of nodes and relationships, and hashing the name on every read was a good
/// part of each read's cost. A token found stays right while the name it stands for is still there (a failed
/// write's rollback may forget it); a name not found is looked up again once tokens have been handed out or forgotten.
/// </summary>
internal sealed class PropertyKeyToken(string name)
{
    private Found? _found;

    /// <summary>The property name.</summary>
    public string Name => name;

    /// <summary>The name's token in <paramref name="keys"/>, or -1 when no entity has ever had the property.</summary>
    public int In(TokenDictionary keys)
    {
        // One object, replaced whole: readers on several threads see one lookup's answer or another's, never half.
        if (_found is { } found && ReferenceEquals(found.Keys, keys)
            && (found.Token >= 0
                ? found.Token < keys.Count && string.Equals(keys.Name(found.Token), name, StringComparison.Ordinal)
                : found.Version == keys.Version))
        {
            return found.Token;
        }

        var token = keys.Find(name);
        _found = new Found(keys, token, keys.Version);
        return token;
    }

    private sealed record Found(TokenDictionary Keys, int Token, int Version);
}
