namespace Matchmaker.Browser.Tests.Infrastructure;

/// <summary>
/// The one place that decides what happens without a browser: CI must have one (the test fails),
/// a developer's machine may not (the test is skipped and says how to install it).
/// </summary>
public static class ChromiumRequirement
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public const string InstallHint = "Install Chromium: sudo apt-get install -y chromium";

    public static bool IsInstalled => File.Exists(ExecutablePath);

    private static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Returns when Chromium is there; otherwise fails the test on CI and skips it elsewhere.</summary>
    public static void Ensure()
    {
        if (!IsInstalled && IsCi)
        {
            Assert.Fail($"Browser tests need Chromium at {ExecutablePath}, and with CI=true they are not skipped. {InstallHint}");
        }

        Skip.IfNot(IsInstalled, $"Chromium was not found at {ExecutablePath}. {InstallHint}");
    }
}
