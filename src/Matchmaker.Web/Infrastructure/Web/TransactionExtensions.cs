using Matchmaker.Data;
using Microsoft.EntityFrameworkCore;

namespace Matchmaker.Web.Infrastructure.Web;

public static class TransactionExtensions
{
    /// <summary>
    /// Runs work in one transaction through the provider's execution strategy (SQL Server retries
    /// transient faults, which needs the whole unit of work to be repeatable). The work commits by
    /// returning true; returning false rolls everything back.
    /// </summary>
    public static Task<T> InTransactionAsync<T>(
        this MatchmakerDbContext db, Func<CancellationToken, Task<(bool Commit, T Result)>> work, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var (commit, result) = await work(cancellationToken);
            if (commit)
            {
                await transaction.CommitAsync(cancellationToken);
            }
            else
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }

            return result;
        });
    }
}
