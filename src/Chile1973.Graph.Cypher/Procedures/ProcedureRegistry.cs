using Chile1973.Graph.Core.Explorer;

namespace Chile1973.Graph.Cypher.Procedures;

/// <summary>
/// The procedures <c>CALL</c> can reach: the built-in <c>db.labels()</c>, <c>db.relationshipTypes()</c>,
/// <c>db.propertyKeys()</c> and <c>db.index.fulltext.queryNodes()</c>, plus procedures registered from a
/// signature and a table of rows.
/// </summary>
public sealed class ProcedureRegistry
{
    private readonly Dictionary<string, ProcedureDefinition> _procedures = new(StringComparer.Ordinal);

    internal ProcedureRegistry(string? nameIndex)
    {
        Add(new ProcedureDefinition("db.labels", [], [new("label", "STRING?")], static (context, _) =>
            TokensInUse(context.Store.Labels, t => context.Store.LabelCount(t) > 0)));
        Add(new ProcedureDefinition("db.relationshipTypes", [], [new("relationshipType", "STRING?")], static (context, _) =>
            TokensInUse(context.Store.RelationshipTypes, _ => true)));
        Add(new ProcedureDefinition("db.propertyKeys", [], [new("propertyKey", "STRING?")], static (context, _) =>
            TokensInUse(context.Store.PropertyKeys, _ => true)));
        Add(new ProcedureDefinition(
            "db.index.fulltext.queryNodes",
            [new("indexName", "STRING?"), new("queryString", "STRING?"), new("options", "MAP?", Optional: true)],
            [new("node", "NODE?"), new("score", "FLOAT?")],
            (context, args) => QueryNodes(context.Store, nameIndex, args)));
    }

    /// <summary>Raised when the registered procedures change, so cached plans are dropped.</summary>
    internal event Action? Changed;

    /// <summary>
    /// Registers a procedure from its signature (<c>test.my.proc(in :: INTEGER?) :: (out :: STRING?)</c>) and rows:
    /// each row is the input values followed by the output values; a call yields the outputs of the rows whose
    /// inputs equal its arguments.
    /// </summary>
    public void Register(string signature, IReadOnlyList<IReadOnlyList<object?>> rows)
    {
        var (name, inputs, outputs) = ProcedureSignature.Parse(signature);
        var table = rows.Select(r => r.Select(ValueConverter.FromPort).ToArray()).ToList();
        Add(new ProcedureDefinition(name, inputs, outputs, (_, args) => Lookup(table, inputs.Count, args)));
        Changed?.Invoke();
    }

    internal ProcedureDefinition? Find(string name) => _procedures.GetValueOrDefault(name);

    private void Add(ProcedureDefinition procedure) => _procedures[procedure.Name] = procedure;

    private static IEnumerable<object?[]> Lookup(List<object?[]> table, int inputCount, object?[] args)
    {
        foreach (var row in table)
        {
            var matches = true;
            for (var i = 0; i < inputCount; i++)
            {
                if (!ValueComparison.Equivalent(row[i], args[i]) && ValueComparison.Equal(row[i], args[i]) != true)
                {
                    matches = false;
                    break;
                }
            }

            if (matches)
            {
                yield return row[inputCount..];
            }
        }
    }

    private static IEnumerable<object?[]> TokensInUse(TokenDictionary tokens, Func<int, bool> inUse)
    {
        var names = new List<string>();
        for (var t = 0; t < tokens.Count; t++)
        {
            if (inUse(t))
            {
                names.Add(tokens.Name(t));
            }
        }

        names.Sort(StringComparer.Ordinal);
        return names.Select(static n => new object?[] { n });
    }

    private static IEnumerable<object?[]> QueryNodes(GraphStore store, string? nameIndex, object?[] args)
    {
        if (args[0] is not string index || !string.Equals(index, nameIndex, StringComparison.Ordinal))
        {
            throw new CypherException(CypherErrorKind.ProcedureError, "ProcedureCallFailed",
                nameIndex is null
                    ? $"There is no full-text index called '{args[0]}'; the embedded store has none."
                    : $"There is no full-text index called '{args[0]}'; the embedded store has '{nameIndex}'.",
                CypherErrorPhase.Runtime);
        }

        if (args[1] is not string query)
        {
            return [];
        }

        var (skip, limit) = PageOf(args[2]);

        // The store matches folded words itself, so the Lucene query is read down to its words; a word that is
        // only punctuation (the escaped "(" of "allende \(") is dropped, as Lucene's standard analyzer drops it.
        var text = string.Join(' ', LuceneQueryText.Words(query).Where(static w => w.Any(char.IsLetterOrDigit)));
        return store.SearchNames(text, limit, skip).Select(m => new object?[] { new NodeRef(m.Node), m.Score });
    }

    // Neo4j's options map for a full-text query: `skip` and `limit` page the matches in score order. The embedded
    // index has one analyzer, so any other key is refused rather than silently ignored.
    private static (int Skip, int Limit) PageOf(object? options)
    {
        if (options is null)
        {
            return (0, int.MaxValue);
        }

        if (options is not IReadOnlyDictionary<string, object?> map)
        {
            throw QueryNodesFailed($"The options of db.index.fulltext.queryNodes must be a map, not {ValueTypes.Describe(options)}.");
        }

        var skip = 0;
        var limit = int.MaxValue;
        foreach (var (key, value) in map)
        {
            switch (key)
            {
                case "skip":
                    skip = Count(key, value);
                    break;
                case "limit":
                    limit = Count(key, value);
                    break;
                default:
                    throw QueryNodesFailed($"db.index.fulltext.queryNodes has no option '{key}' on the embedded engine; it takes 'skip' and 'limit'.");
            }
        }

        return (skip, limit);

        static int Count(string key, object? value) => value switch
        {
            long n when n >= 0 => (int)Math.Min(n, int.MaxValue),
            _ => throw QueryNodesFailed($"The '{key}' option of db.index.fulltext.queryNodes must be a non-negative integer, not {ValueTypes.Describe(value)}."),
        };
    }

    private static CypherException QueryNodesFailed(string message) =>
        new(CypherErrorKind.ProcedureError, "ProcedureCallFailed", message, CypherErrorPhase.Runtime);
}
