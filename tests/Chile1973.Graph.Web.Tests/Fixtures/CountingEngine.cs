using Chile1973.Graph.Core.Querying;

namespace Chile1973.Graph.Web.Tests.Fixtures;

/// <summary>How many times each query text has been run, for tests of what the app asks its engine.</summary>
public sealed class TemplateCounter
{
    private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> queries = new(StringComparer.Ordinal);

    public int Count(string template)
    {
        lock (counts)
        {
            return counts.GetValueOrDefault(template);
        }
    }

    /// <summary>The distinct values a template was run with for one of its parameters.</summary>
    public IReadOnlySet<string> Values(string template, string parameter)
    {
        lock (counts)
        {
            return queries.TryGetValue(template + "\0" + parameter, out var values) ? [.. values] : new HashSet<string>();
        }
    }

    public void Add(CypherQuery query)
    {
        lock (counts)
        {
            counts[query.Text] = counts.GetValueOrDefault(query.Text) + 1;
            foreach (var (name, value) in query.ParametersOrEmpty)
            {
                if (value is string text)
                {
                    var key = query.Text + "\0" + name;
                    if (!queries.TryGetValue(key, out var values))
                    {
                        queries[key] = values = new HashSet<string>(StringComparer.Ordinal);
                    }

                    values.Add(text);
                }
            }
        }
    }
}

/// <summary>The real engine, counting the templates it runs; its graph version still keys the app's caches.</summary>
public sealed class CountingEngine(ICypherEngine inner, TemplateCounter counter) : ICypherEngine, IGraphVersionSource
{
    public string Name => inner.Name;

    public long GraphVersion => ((IGraphVersionSource)inner).GraphVersion;

    public Task<ICypherCursor> RunAsync(CypherQuery query, QueryOptions options, CancellationToken cancellationToken = default)
    {
        counter.Add(query);
        return inner.RunAsync(query, options, cancellationToken);
    }
}
