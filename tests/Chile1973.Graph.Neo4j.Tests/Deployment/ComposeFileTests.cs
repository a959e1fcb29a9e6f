using System.Diagnostics;
using Chile1973.Graph.Core.GraphFiles;
using Xunit;

namespace Chile1973.Graph.Neo4j.Tests.Deployment;

/// <summary>
/// Validates docker-compose.yml with Debian's docker-compose, which checks the file against the
/// Compose schema without a Docker engine. test.sh installs it when missing.
/// </summary>
public sealed class ComposeFileTests
{
    private static readonly string Root = RepositoryPaths.FindRoot(AppContext.BaseDirectory);

    [Fact]
    public async Task Compose_file_is_valid_and_wires_neo4j_importer_and_web_in_order()
    {
        var (exit, output, error) = await ComposeAsync(["-f", Path.Combine(Root, "docker-compose.yml"), "config"]);

        Assert.True(exit == 0, error);
        Assert.Contains("image: neo4j:5.26", output, StringComparison.Ordinal);
        Assert.Contains("condition: service_healthy", output, StringComparison.Ordinal);
        Assert.Contains("condition: service_completed_successfully", output, StringComparison.Ordinal);
        Assert.Contains("Graph__Engine: Neo4j", output, StringComparison.Ordinal);
        Assert.Contains("published: 5000", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_scale_profile_runs_two_explorers_on_one_redis_after_it_is_healthy()
    {
        var (exit, output, error) = await ComposeAsync(["-f", Path.Combine(Root, "docker-compose.yml"), "--profile", "scale", "config"]);

        Assert.True(exit == 0, error);
        Assert.Contains("image: redis:7", output, StringComparison.Ordinal);
        Assert.Equal(2, output.Split("ConnectionStrings__Redis: redis:6379").Length - 1);
        Assert.Contains("published: 5001", output, StringComparison.Ordinal);
        Assert.Contains("published: 5002", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compose_file_with_a_bad_depends_on_condition_is_rejected()
    {
        var broken = Path.Combine(Path.GetTempPath(), $"compose-broken-{Guid.NewGuid():N}.yml");
        var text = await File.ReadAllTextAsync(Path.Combine(Root, "docker-compose.yml"), TestContext.Current.CancellationToken);
        Assert.Contains("condition: service_completed_successfully", text, StringComparison.Ordinal);
        await File.WriteAllTextAsync(broken, text.Replace("condition: service_completed_successfully", "condition: service_finished", StringComparison.Ordinal),
            TestContext.Current.CancellationToken);
        try
        {
            var (exit, _, error) = await ComposeAsync(["-f", broken, "--project-directory", Root, "config", "-q"]);

            Assert.NotEqual(0, exit);
            Assert.Contains("service_finished", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(broken);
        }
    }

    [Fact]
    public void Env_example_documents_a_password_the_neo4j_image_accepts()
    {
        var lines = File.ReadAllLines(Path.Combine(Root, ".env.example"));

        var password = Assert.Single(lines, l => l.StartsWith("NEO4J_PASSWORD=", StringComparison.Ordinal))["NEO4J_PASSWORD=".Length..];

        Assert.True(password.Length >= 8, "the image refuses passwords under 8 characters");
        Assert.NotEqual("neo4j", password);
        Assert.Contains($"NEO4J_PASSWORD:-{password}", File.ReadAllText(Path.Combine(Root, "docker-compose.yml")), StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Output, string Error)> ComposeAsync(string[] arguments)
    {
        var binary = new[] { "/usr/bin/docker-compose", "/usr/local/bin/docker-compose" }.FirstOrDefault(File.Exists);
        if (binary is null)
        {
            Assert.Skip("docker-compose is not installed (test.sh installs Debian's package).");
        }

        var start = new ProcessStartInfo(binary) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Root };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The checked-in defaults must be enough: a developer's own .env plays no part.
        start.Environment.Remove("NEO4J_PASSWORD");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output, await error);
    }
}
