namespace Chile1973.Graph.Cypher.Semantics;

/// <summary>
/// The variables visible at a point of a query with their static types. Local scopes (list comprehensions,
/// pattern comprehensions, subqueries) see their parent; WITH starts a fresh scope.
/// </summary>
internal sealed class Scope(Scope? parent = null)
{
    private readonly Dictionary<string, StaticType> variables = new(StringComparer.Ordinal);
    private readonly List<string> order = [];

    /// <summary>The enclosing scope, or null at the top of a query.</summary>
    public Scope? Parent { get; } = parent;

    /// <summary>The type of <paramref name="name"/> here or in an enclosing scope, or null when unbound.</summary>
    public StaticType? Lookup(string name)
    {
        for (var scope = this; scope is not null; scope = scope.Parent)
        {
            if (scope.variables.TryGetValue(name, out var type))
            {
                return type;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="name"/> is declared in this very scope.</summary>
    public bool DeclaresLocally(string name) => variables.ContainsKey(name);

    /// <summary>Binds (or rebinds) <paramref name="name"/> in this scope.</summary>
    public void Declare(string name, StaticType type)
    {
        if (variables.TryAdd(name, type))
        {
            order.Add(name);
        }
        else
        {
            variables[name] = type;
        }
    }

    /// <summary>The variables declared in this scope (not its parents), in declaration order.</summary>
    public IEnumerable<KeyValuePair<string, StaticType>> Locals => order.Select(name => KeyValuePair.Create(name, variables[name]));

    /// <summary>A copy of everything visible here, flattened into one scope (a subquery's starting point).</summary>
    public Scope Flatten()
    {
        var copy = new Scope();
        var chain = new List<Scope>();
        for (var scope = this; scope is not null; scope = scope.Parent)
        {
            chain.Add(scope);
        }

        for (var i = chain.Count - 1; i >= 0; i--)
        {
            foreach (var (name, type) in chain[i].Locals)
            {
                copy.Declare(name, type);
            }
        }

        return copy;
    }
}
