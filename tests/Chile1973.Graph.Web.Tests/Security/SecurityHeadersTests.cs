using Chile1973.Graph.Web.Tests.Fixtures;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;
using Xunit;

namespace Chile1973.Graph.Web.Tests.Security;

/// <summary>Every kind of response carries the security headers, and the policy is the strict one the page is built for.</summary>
[Collection(ExplorerServerCollection.Name)]
public sealed class SecurityHeadersTests(ExplorerServer server)
{
    private static readonly CancellationToken Token = TestContext.Current.CancellationToken;

    public static TheoryData<string, string> Responses => new()
    {
        { "GET", "/" },
        { "GET", "/favicon.svg" },
        { "GET", "/api/search?q=allende" },
        { "POST", "/hubs/graph/negotiate?negotiateVersion=1" },
        { "GET", "/health/ready" },
        { "GET", "/no/such/page" },
    };

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task Response_carries_the_strict_policy_and_the_other_security_headers(string method, string path)
    {
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path), Token);

        var policy = Policy(response);
        Assert.Equal("'none'", policy["default-src"]);
        Assert.Equal("'self'", policy["script-src"]);
        // The page's <style> elements (CodeMirror's) need its nonce; nothing else gets one.
        Assert.Equal(path == "/" ? $"'self' 'nonce-{await NonceAsync(response)}'" : "'self'", policy["style-src"]);
        Assert.Equal($"'self' ws://{server.BaseAddress.Authority}", policy["connect-src"]);
        Assert.Equal("'none'", policy["frame-ancestors"]);
        Assert.Equal("'none'", policy["object-src"]);
        Assert.Equal("'self'", policy["base-uri"]);
        // The one allowance: style attributes on the page, written by the browser's editing of the console.
        Assert.Equal(path == "/" ? "'unsafe-inline'" : null, policy.GetValueOrDefault("style-src-attr"));
        Assert.DoesNotContain(policy.Where(d => d.Key != "style-src-attr").Select(d => d.Value), v => v.Contains("unsafe", StringComparison.Ordinal) || v.Contains('*', StringComparison.Ordinal));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
        Assert.Contains("microphone=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "HSTS over plain HTTP");
        Assert.False(response.Headers.Contains("Server"), "the Server header names the web server");
    }

    [Fact]
    public async Task Page_carries_a_fresh_unguessable_nonce_on_every_response_and_is_never_cached()
    {
        using var client = new HttpClient { BaseAddress = server.BaseAddress };

        using var first = await client.GetAsync("/", Token);
        using var second = await client.GetAsync("/index.html", Token);

        var nonces = new[] { await NonceAsync(first), await NonceAsync(second) };
        Assert.NotEqual(nonces[0], nonces[1]);
        Assert.All(nonces, n => Assert.Equal(16, Convert.FromBase64String(n).Length));
        Assert.Equal($"'self' 'nonce-{nonces[1]}'", Policy(second)["style-src"]);
        Assert.Equal("no-store", first.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Over_HTTPS_the_browser_is_told_to_keep_to_HTTPS()
    {
        await using var factory = new WebApplicationFactory<Program>();
        using var https = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://explorer.example/") });
        using var http = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://explorer.example/") });

        using var secure = await https.GetAsync("/", Token);
        using var plain = await http.GetAsync("/", Token);

        Assert.Equal("max-age=31536000; includeSubDomains", Header(secure, "Strict-Transport-Security"));
        Assert.Equal("'self' wss://explorer.example", Policy(secure)["connect-src"]);
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Configured_embedding_origins_replace_the_ban_on_frames()
    {
        await using var factory = new ExplorerAppFactory(settings: new Dictionary<string, string?>
        {
            ["SecurityHeaders:FrameAncestors:0"] = "https://school.example",
            ["SecurityHeaders:FrameAncestors:1"] = "https://museum.example:8443/",
        });
        using var client = new HttpClient { BaseAddress = factory.BaseAddress };

        using var response = await client.GetAsync("/", Token);

        Assert.Equal("https://school.example https://museum.example:8443", Policy(response)["frame-ancestors"]);
        Assert.False(response.Headers.Contains("X-Frame-Options"));
    }

    [Theory]
    [InlineData("https://school.example; script-src *")]
    [InlineData("*")]
    [InlineData("https://school.example/page")]
    [InlineData("javascript:alert(1)")]
    public void An_embedding_origin_that_is_not_an_origin_stops_the_app_naming_the_setting(string origin)
    {
        using var factory = new ExplorerAppFactory(settings: new Dictionary<string, string?> { ["SecurityHeaders:FrameAncestors:0"] = origin });

        var error = Assert.Throws<OptionsValidationException>(() => factory.BaseAddress);

        Assert.Contains("SecurityHeaders:FrameAncestors", error.Message, StringComparison.Ordinal);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values)
        : response.Content.Headers.TryGetValues(name, out var content) ? string.Join(", ", content)
        : throw new Xunit.Sdk.XunitException($"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}: no {name} header");

    private static async Task<string> NonceAsync(HttpResponseMessage response)
    {
        var page = await response.Content.ReadAsStringAsync(Token);
        var nonce = System.Text.RegularExpressions.Regex.Match(page, "<meta property=\"csp-nonce\" nonce=\"([^\"]+)\">").Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(nonce), "the page carries its nonce");
        return nonce;
    }

    private static Dictionary<string, string> Policy(HttpResponseMessage response) =>
        Header(response, "Content-Security-Policy").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(d => d.Split(' ', 2))
            .ToDictionary(d => d[0], d => d.Length > 1 ? d[1] : string.Empty, StringComparer.Ordinal);
}
