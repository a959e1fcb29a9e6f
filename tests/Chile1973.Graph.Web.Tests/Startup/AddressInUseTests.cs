using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Xunit;

namespace Chile1973.Graph.Web.Tests.Startup;

/// <summary>The explorer started on an address something else holds: one clear line and exit code 2, not an abort.</summary>
public sealed class AddressInUseTests
{
    [Fact]
    public async Task The_app_started_on_a_taken_port_says_so_and_exits_with_code_2()
    {
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)holder.LocalEndpoint).Port}";
        var app = Path.Combine(AppContext.BaseDirectory, "Chile1973.Graph.Web.dll");
        using var process = Process.Start(new ProcessStartInfo("dotnet", ["exec", app, "--urls", url])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["ASPNETCORE_ENVIRONMENT"] = "Production" },
        })!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);

        var said = await errors;
        var logged = await output;
        Assert.Equal(2, process.ExitCode);
        Assert.Contains($"The explorer cannot start: Failed to bind to address {url}: address already in use.", said, StringComparison.Ordinal);
        Assert.Contains("--urls", said, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", said + logged, StringComparison.Ordinal);
        Assert.DoesNotContain("BackgroundService failed", said + logged, StringComparison.Ordinal);
    }
}
