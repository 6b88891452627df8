namespace Matchmaker.Browser.Tests.Infrastructure;

/// <summary>The screen sizes every journey runs at; theories pass the name.</summary>
public sealed record Viewport(string Name, int Width, int Height, bool IsPhone)
{
    public const string DesktopName = "desktop";

    public const string PhoneName = "phone";

    public static readonly Viewport Desktop = new(DesktopName, 1280, 900, IsPhone: false);

    public static readonly Viewport Phone = new(PhoneName, 390, 844, IsPhone: true);

    public static Viewport Named(string name) => name switch
    {
        DesktopName => Desktop,
        PhoneName => Phone,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Use \"desktop\" or \"phone\"."),
    };
}
