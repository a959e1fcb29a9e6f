using System.Diagnostics;
using Chile1973.Graph.Core.GraphFiles;
using Xunit;

namespace Chile1973.Graph.Web.Tests.SupplyChain;

/// <summary>
/// The CI gate over the npm lockfile (.ci/npm-audit.mjs), judged on saved `npm audit --json`
/// reports: a high advisory fails it, an accepted one or a moderate one does not, and an audit
/// service that cannot be reached warns without failing.
/// </summary>
public sealed class NpmAuditGateTests
{
    private static readonly string Root = RepositoryPaths.TryFindRoot(AppContext.BaseDirectory)!;
    private static readonly string Here = Path.Combine(AppContext.BaseDirectory, "SupplyChain");

    [Fact]
    public async Task High_advisory_fails_the_gate_and_is_named()
    {
        var (exit, output) = await GateAsync("audit-high.json");

        Assert.Equal(1, exit);
        Assert.Contains("high GHSA-test-high-0001 in made-up-parser", output, StringComparison.Ordinal);
        Assert.DoesNotContain("GHSA-test-moderate-0002", output, StringComparison.Ordinal);
        Assert.Contains("1 high or critical advisories open, 0 accepted, 49 packages checked", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Advisory_accepted_in_the_allow_list_passes_with_its_reason()
    {
        var (exit, output) = await GateAsync("audit-high.json", "allowlist-accepting-high.json");

        Assert.Equal(0, exit);
        Assert.Contains("accepted GHSA-test-high-0001 in made-up-parser (high): only parses build-time input", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unreachable_audit_service_warns_and_passes()
    {
        // This machine's registry answers the audit endpoint with 405: the report npm writes then.
        var (exit, output) = await GateAsync("audit-unreachable.json");

        Assert.Equal(0, exit);
        Assert.Contains("WARNING: the audit service could not be asked (405 Method Not Allowed", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_repository_allow_list_accepts_nothing_without_a_reason()
    {
        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, ".ci", "npm-audit-allowlist.json")));

        Assert.All(document.RootElement.GetProperty("advisories").EnumerateArray(), a =>
        {
            Assert.StartsWith("GHSA-", a.GetProperty("id").GetString(), StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(a.GetProperty("reason").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(a.GetProperty("reviewed").GetString()));
        });
    }

    private static async Task<(int Exit, string Output)> GateAsync(string report, string? allowlist = null)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Path.Combine(Root, ".ci", "npm-audit.mjs"), "--report", Path.Combine(Here, report) })
        {
            start.ArgumentList.Add(argument);
        }

        if (allowlist is not null)
        {
            start.ArgumentList.Add("--allowlist");
            start.ArgumentList.Add(Path.Combine(Here, allowlist));
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, output + errors);
    }
}
