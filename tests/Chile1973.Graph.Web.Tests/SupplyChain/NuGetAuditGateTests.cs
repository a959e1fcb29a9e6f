using System.Diagnostics;
using System.IO.Compression;
using System.Xml.Linq;
using Chile1973.Graph.Core.GraphFiles;
using Chile1973.Graph.Neo4j.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Xunit;

namespace Chile1973.Graph.Web.Tests.SupplyChain;

/// <summary>
/// The NuGet audit gate as the repository's Directory.Build.props sets it, run by a real
/// `dotnet restore` of a probe project (NuGetAudit/Probe.csproj) that depends on a made-up package,
/// with an advisory feed on Kestrel at 127.0.0.1 reporting that package at each severity: high and
/// critical fail the restore, low and moderate do not, and an audit service that cannot be reached
/// warns without failing. Nothing leaves the machine: the package comes from a local folder.
/// </summary>
public sealed class NuGetAuditGateTests : IDisposable
{
    private static readonly string Root = RepositoryPaths.TryFindRoot(AppContext.BaseDirectory)!;
    private static readonly string Here = Path.Combine(AppContext.BaseDirectory, "SupplyChain", "NuGetAudit");
    private static readonly CancellationToken Token = TestContext.Current.CancellationToken;

    private readonly string work = Directory.CreateTempSubdirectory("nuget-audit-").FullName;

    [Theory]
    [InlineData("high", "NU1903")]
    [InlineData("critical", "NU1904")]
    public async Task High_or_critical_advisory_fails_the_restore_naming_package_and_advisory(string severity, string code)
    {
        await using var feed = await StartAdvisoryFeedAsync(Path.Combine(Here, $"advisories-{severity}.json"));

        var (exit, output) = await RestoreProbeAsync(ServiceIndex(feed));

        Assert.NotEqual(0, exit);
        Assert.Contains($"error {code}", output, StringComparison.Ordinal);
        Assert.Contains($"'Made.Up.Parser' 1.0.0 has a known {severity} severity vulnerability, https://github.com/advisories/GHSA-test-{severity}-0001", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("low")]
    [InlineData("moderate")]
    public async Task Low_or_moderate_advisory_lets_the_restore_pass(string severity)
    {
        await using var feed = await StartAdvisoryFeedAsync(Path.Combine(Here, $"advisories-{severity}.json"));

        var (exit, output) = await RestoreProbeAsync(ServiceIndex(feed));

        Assert.True(exit == 0, output);
        Assert.True(File.Exists(Path.Combine(work, "probe", "obj", "project.assets.json")), output);
        Assert.DoesNotContain("NU190", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unreachable_audit_service_warns_and_lets_the_restore_pass()
    {
        // A port that was just free and is closed again: nothing answers there.
        Uri closed;
        await using (var feed = await StartAdvisoryFeedAsync(Path.Combine(Here, "advisories-high.json")))
        {
            closed = ServiceIndex(feed);
        }

        var (exit, output) = await RestoreProbeAsync(closed);

        Assert.True(exit == 0, output);
        Assert.Contains("warning NU1900", output, StringComparison.Ordinal);
        Assert.DoesNotContain("error NU", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_accepted_NuGet_advisory_is_an_advisory_address_with_its_reason_above_it()
    {
        var props = XDocument.Load(Path.Combine(Root, "Directory.Build.props"));

        Assert.All(props.Descendants("NuGetAuditSuppress"), item =>
        {
            Assert.StartsWith("https://github.com/advisories/GHSA-", (string?)item.Attribute("Include"), StringComparison.Ordinal);
            var reason = Assert.IsType<XComment>(item.NodesBeforeSelf().LastOrDefault());
            Assert.False(string.IsNullOrWhiteSpace(reason.Value));
        });
    }

    public void Dispose() => Directory.Delete(work, recursive: true);

    /// <summary>Restores the probe with its own package folder and caches, so no other restore is touched.</summary>
    private async Task<(int Exit, string Output)> RestoreProbeAsync(Uri auditSource)
    {
        var feed = Directory.CreateDirectory(Path.Combine(work, "feed")).FullName;
        await using (var package = ZipFile.Open(Path.Combine(feed, "made.up.parser.1.0.0.nupkg"), ZipArchiveMode.Create))
        {
            package.CreateEntryFromFile(Path.Combine(Here, "Made.Up.Parser.nuspec"), "Made.Up.Parser.nuspec");
        }

        var probe = Directory.CreateDirectory(Path.Combine(work, "probe")).FullName;
        File.Copy(Path.Combine(Here, "Probe.csproj"), Path.Combine(probe, "Probe.csproj"));
        new XDocument(new XElement("configuration",
            new XElement("packageSources", new XElement("clear"), Source("local", feed)),
            new XElement("auditSources", new XElement("clear"), Source("advisories", auditSource.ToString(), new XAttribute("allowInsecureConnections", "true")))))
            .Save(Path.Combine(probe, "nuget.config"));

        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = probe, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "restore", "Probe.csproj", "--disable-build-servers", $"-p:RepositoryRoot={Root}{Path.DirectorySeparatorChar}" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NUGET_PACKAGES"] = Path.Combine(work, "packages");
        start.Environment["NUGET_HTTP_CACHE_PATH"] = Path.Combine(work, "http-cache");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(Token);
        var errors = process.StandardError.ReadToEndAsync(Token);
        await process.WaitForExitAsync(Token);
        return (process.ExitCode, await output + await errors);

        static XElement Source(string key, string value, params object[] more) =>
            new("add", new XAttribute("key", key), new XAttribute("value", value), more);
    }

    /// <summary>
    /// A NuGet V3 service index with only the vulnerability resource (VulnerabilityInfo/6.7.0: an
    /// index of pages, each page advisories by lower-case package id), serving one page from a file.
    /// </summary>
    private static Task<LoopbackServer> StartAdvisoryFeedAsync(string page)
    {
        return LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/v3/index.json", (HttpRequest r) => Json($$"""
                { "version": "3.0.0", "resources": [ { "@id": "{{Origin(r)}}/v3/vulnerabilities/index.json", "@type": "VulnerabilityInfo/6.7.0" } ] }
                """));
            app.MapGet("/v3/vulnerabilities/index.json", (HttpRequest r) => Json($$"""
                [ { "@name": "base", "@id": "{{Origin(r)}}/v3/vulnerabilities/base.json", "@updated": "2026-12-01T00:00:00Z" } ]
                """));
            app.MapGet("/v3/vulnerabilities/base.json", () => Json(File.ReadAllText(page)));
        }, Token);

        static string Origin(HttpRequest r) => $"{r.Scheme}://{r.Host}";
        static IResult Json(string text) => Results.Text(text, "application/json");
    }

    private static Uri ServiceIndex(LoopbackServer feed) => new(feed.Uri, "v3/index.json");
}
