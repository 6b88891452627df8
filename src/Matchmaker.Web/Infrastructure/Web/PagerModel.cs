namespace Matchmaker.Web.Infrastructure.Web;

/// <summary>What the pager partial needs: where we are, and how to build the link to another page.</summary>
public sealed record PagerModel(int Page, int PageCount, int TotalCount, Func<int, string> UrlFor)
{
    public static PagerModel For<T>(PagedList<T> list, Func<int, string> urlFor) =>
        new(list.Page, list.PageCount, list.TotalCount, urlFor);
}
