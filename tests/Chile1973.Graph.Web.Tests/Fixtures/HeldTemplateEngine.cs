using Chile1973.Graph.Core.Querying;

namespace Chile1973.Graph.Web.Tests.Fixtures;

/// <summary>
/// The real engine, holding every run of one template until released: a start step that runs it (a warm-up, the
/// prefill) cannot finish before then, so a test can read what the app says meanwhile.
/// </summary>
public sealed class HeldTemplateEngine(ICypherEngine inner, string template, Task released) : ICypherEngine, IGraphVersionSource
{
    public string Name => inner.Name;

    public long GraphVersion => ((IGraphVersionSource)inner).GraphVersion;

    public async Task<ICypherCursor> RunAsync(CypherQuery query, QueryOptions options, CancellationToken cancellationToken = default)
    {
        if (query.Text == template)
        {
            await released.WaitAsync(cancellationToken);
        }

        return await inner.RunAsync(query, options, cancellationToken);
    }
}
