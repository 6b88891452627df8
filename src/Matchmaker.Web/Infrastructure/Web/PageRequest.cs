namespace Matchmaker.Web.Infrastructure.Web;

public static class PageRequest
{
    public const int DefaultSize = 20;

    public static int Normalize(int? page) => page is null or < 1 ? 1 : Math.Min(page.Value, 100_000);
}
