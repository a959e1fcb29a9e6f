namespace Chile1973.Graph.Web.Tests.Fixtures;

/// <summary>Polls an app's <c>/health/ready</c> while it starts, for tests of what readiness says on the way.</summary>
public static class Readiness
{
    /// <summary>The body of the first readiness answer <paramref name="until"/> accepts, polling every 50 ms for up to a minute.</summary>
    public static Task<string> WaitAsync(HttpClient client, Func<HttpResponseMessage, bool> until, CancellationToken cancellationToken) =>
        WaitAsync(client, (response, _) => until(response), cancellationToken);

    /// <summary>The body of the first readiness answer <paramref name="until"/> accepts with its body, polling every 50 ms for up to a minute.</summary>
    public static async Task<string> WaitAsync(HttpClient client, Func<HttpResponseMessage, string, bool> until, CancellationToken cancellationToken)
    {
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        patience.CancelAfter(TimeSpan.FromSeconds(60));
        while (true)
        {
            try
            {
                using var response = await client.GetAsync("health/ready", patience.Token);
                var body = await response.Content.ReadAsStringAsync(patience.Token);
                if (until(response, body))
                {
                    return body;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(50, patience.Token);
        }
    }
}
