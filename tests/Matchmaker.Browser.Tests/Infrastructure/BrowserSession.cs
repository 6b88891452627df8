using Microsoft.Playwright;

namespace Matchmaker.Browser.Tests.Infrastructure;

/// <summary>One person's browser: a context with its own cookies and the page they look at.</summary>
public sealed class BrowserSession(IBrowserContext context, IPage page, Viewport viewport) : IAsyncDisposable
{
    public IBrowserContext Context { get; } = context;

    public IPage Page { get; } = page;

    public Viewport Viewport { get; } = viewport;

    public ValueTask DisposeAsync() => new(Context.CloseAsync());
}
