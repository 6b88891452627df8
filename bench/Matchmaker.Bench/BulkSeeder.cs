using System.Diagnostics;
using Matchmaker.Data;
using Matchmaker.Domain.Leads;
using Matchmaker.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Matchmaker.Bench;

/// <summary>Adds many leads through the domain, in batches, so the list pages have something to page through.</summary>
internal static class BulkSeeder
{
    public static async Task<int> RunAsync(string file, int count)
    {
        var options = new DbContextOptionsBuilder<MatchmakerDbContext>();
        DatabaseSetup.Configure(options, DatabaseProvider.Sqlite, $"Data Source={file};Default Timeout=60");
        var watch = Stopwatch.StartNew();
        await using (var db = new MatchmakerDbContext(options.Options))
        {
            var organizations = await db.Organizations.Where(o => o.Status == OrganizationStatus.Authorized).Select(o => o.Id).ToListAsync();
            var submitter = await db.Users.Where(u => u.Email == "dana@lakeshore.example").Select(u => new { u.Id, u.OrganizationId }).SingleAsync();
            var areas = await db.ProductAreas.Select(p => p.Id).ToListAsync();
            var states = new[] { "IL", "TX", "WA", "GA", "NY", "CA", "WI", "OR" };
            var random = new Random(42);
            var now = DateTime.UtcNow;
            for (var done = 0; done < count;)
            {
                var batch = Math.Min(1000, count - done);
                for (var i = 0; i < batch; i++)
                {
                    var n = done + i;
                    var vendor = n % 3 == 0;
                    var submitted = now.AddMinutes(-random.Next(1, 60 * 24 * 200));
                    var peers = organizations.Where(o => o != submitter.OrganizationId).OrderBy(_ => random.Next()).Take(2).ToList();
                    var lead = Lead.Submit(
                        new LeadSubmission(
                            vendor ? organizations[n % organizations.Count] : submitter.OrganizationId!.Value, submitter.Id,
                            new Customer($"Bench Customer {n}", "Pat Doe", $"pat{n}@bench{n % 500}.example", null, "Springfield",
                                states[n % states.Length], "62701", Industry.Retail, CompanySize.Midsize),
                            true,
                            new Opportunity([areas[n % areas.Count]], "Generated for the benchmark.", random.Next(1_000, 500_000) * 100L, Timeframe.OneToThreeMonths),
                            vendor ? LeadRoute.Vendor : LeadRoute.Peer, false, false),
                        vendor ? [] : peers, vendor ? null : submitted.AddDays(400), null, submitted);
                    db.Leads.Add(lead);
                }

                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
                done += batch;
            }
        }

        Console.WriteLine($"Seeded {count:N0} leads in {watch.Elapsed.TotalSeconds:N1} s");
        return 0;
    }
}
