using Microsoft.Playwright;

namespace ArchiveSite.Browser.Tests;

/// <summary>Launches Debian's Chromium for Playwright, whose own browser download cannot work on this project's machines.</summary>
public static class Chromium
{
    /// <summary>Set to another Chromium binary to use it instead of /usr/bin/chromium.</summary>
    public const string PathVariable = "CHROMIUM_PATH";

    public static string ExecutablePath => Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>The launch arguments DESIGN.md fixes: headless, no sandbox (root in CI), and no calls home of Chromium's own.</summary>
    public static IReadOnlyList<string> Arguments { get; } =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"Chromium not found at {ExecutablePath}: install it (apt-get install -y chromium; building this project as root does it) or set {PathVariable}.");
        }

        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Arguments,
        });
    }
}
