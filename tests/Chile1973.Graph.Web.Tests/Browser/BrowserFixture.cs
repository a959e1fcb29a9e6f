using Microsoft.Playwright;
using Xunit;

namespace Chile1973.Graph.Web.Tests.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright. The browser is never downloaded: .ci/ensure-chromium
/// installs the distribution's package, and this fixture launches that executable.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where screenshots and measurements go: TestResults/explorer under the repository.</summary>
    public static string ArtifactsDirectory
    {
        get
        {
            var root = Core.GraphFiles.RepositoryPaths.TryFindRoot(AppContext.BaseDirectory) ?? AppContext.BaseDirectory;
            var directory = Path.Combine(root, "TestResults", "explorer");
            Directory.CreateDirectory(directory);
            return directory;
        }
    }

    public async ValueTask InitializeAsync()
    {
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: run `bash .ci/ensure-chromium` (test.sh does) to install Debian's Chromium.");
        }

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
    }
}
