using Microsoft.Playwright;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Matchmaker.Browser.Tests.Infrastructure;

/// <summary>
/// One portal (with a fresh database) and one Chromium per test class; each test opens its own
/// browser contexts. Both start on first use, after the Chromium check, so a machine without a
/// browser skips the tests instead of failing in the fixture.
/// </summary>
public sealed class PortalFixture(IMessageSink diagnostics) : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private readonly SemaphoreSlim _startLock = new(1, 1);
    private PortalServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The running portal; call <see cref="StartAsync"/> (or open a session) first.</summary>
    public PortalServer Server => _server ?? throw new InvalidOperationException("The portal has not been started.");

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Starts the portal and the browser once; skips or fails the test when Chromium is missing.</summary>
    public async Task StartAsync()
    {
        ChromiumRequirement.Ensure();
        await _startLock.WaitAsync();
        try
        {
            if (_server is null)
            {
                var server = new PortalServer();
                server.Start();
                _server = server;
            }

            _playwright ??= await Playwright.CreateAsync();
            _browser ??= await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumRequirement.ExecutablePath,
                Headless = true,
                Args = ChromiumArgs,
            });
        }
        finally
        {
            _startLock.Release();
        }
    }

    /// <summary>A fresh browser context (its own cookies) at the given viewport, with one page open.</summary>
    public async Task<BrowserSession> OpenSessionAsync(Viewport viewport)
    {
        await StartAsync();
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.BaseUrl,
            ViewportSize = new ViewportSize { Width = viewport.Width, Height = viewport.Height },
            IsMobile = viewport.IsPhone,
            HasTouch = viewport.IsPhone,
            Locale = "en-US",
            TimezoneId = "America/Chicago",
        });
        context.SetDefaultTimeout(15_000);
        context.SetDefaultNavigationTimeout(30_000);
        var page = await context.NewPageAsync();
        return new BrowserSession(context, page, viewport);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
            var message = $"Browser screenshots: {RepositoryRoot.ScreenshotFolder}";
            Console.WriteLine(message);
            diagnostics.OnMessage(new DiagnosticMessage(message));
        }

        _startLock.Dispose();
    }
}
