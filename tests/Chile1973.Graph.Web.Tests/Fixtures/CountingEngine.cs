using Chile1973.Graph.Core.Querying;

namespace Chile1973.Graph.Web.Tests.Fixtures;

/// <summary>How many times each query text has been run, for tests of what the app asks its engine.</summary>
public sealed class TemplateCounter
{
    private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);

    public int Count(string template)
    {
        lock (counts)
        {
            return counts.GetValueOrDefault(template);
        }
    }

    public void Add(string template)
    {
        lock (counts)
        {
            counts[template] = counts.GetValueOrDefault(template) + 1;
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
        counter.Add(query.Text);
        return inner.RunAsync(query, options, cancellationToken);
    }
}
