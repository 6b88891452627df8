using Microsoft.EntityFrameworkCore;

namespace Matchmaker.Web.Infrastructure.Web;

public static class PagingExtensions
{
    /// <summary>Two queries whatever the size of the list: the count and the page.</summary>
    public static async Task<PagedList<T>> ToPagedListAsync<T>(
        this IQueryable<T> query, int page, int pageSize, CancellationToken cancellationToken)
    {
        var total = await query.CountAsync(cancellationToken);
        var lastPage = Math.Max(1, (int)Math.Ceiling(total / (double)pageSize));
        var current = Math.Min(page, lastPage);
        var items = await query.Skip((current - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new PagedList<T>(items, current, pageSize, total);
    }
}
