using Matchmaker.Domain.Leads;
using Matchmaker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Matchmaker.Web.Tests.Queue;

/// <summary>
/// Thousands of leads in well under a second: copies of one lead saved through the domain, made by
/// one INSERT ... SELECT on SQLite (EF's own inserts take seconds per thousand on a shared machine).
/// </summary>
public static class BulkLeads
{
    public static Task CloneAsync(MatchmakerFactory factory, int templateLeadId, int copies) =>
        factory.InDatabaseAsync(async db =>
        {
            var entity = db.Model.FindEntityType(typeof(Lead))!;
            var table = entity.GetTableName()!;
            var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
            var columns = entity.GetProperties().Select(p => p.GetColumnName(store)!).Where(c => c != "Id").ToList();
            string Source(string column) => column switch
            {
                nameof(Lead.CustomerCompany) => "'Cloned customer ' || n.i",
                nameof(Lead.NormalizedCompany) => "'CLONED CUSTOMER ' || n.i",
                nameof(Lead.EstimatedValueCents) => "(n.i % 97) * 100000",
                _ => $"l.\"{column}\"",
            };

            var areaTable = db.Model.FindEntityType(typeof(LeadProductArea))!.GetTableName()!;
            var maxBefore = await db.Leads.MaxAsync(l => l.Id);
            // Column names come from the model; the numbers go as parameters.
            var copyLeads =
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {0}) " +
                $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
                $"SELECT {string.Join(", ", columns.Select(Source))} FROM \"{table}\" AS l CROSS JOIN n WHERE l.\"Id\" = {{1}}";
            await db.Database.ExecuteSqlRawAsync(copyLeads, copies, templateLeadId);
            var copyAreas =
                $"INSERT INTO \"{areaTable}\" (\"LeadId\", \"ProductAreaId\") " +
                $"SELECT l.\"Id\", p.\"ProductAreaId\" FROM \"{table}\" AS l CROSS JOIN \"{areaTable}\" AS p " +
                "WHERE l.\"Id\" > {0} AND p.\"LeadId\" = {1}";
            await db.Database.ExecuteSqlRawAsync(copyAreas, maxBefore, templateLeadId);
            return copies;
        });
}
