using Matchmaker.Data.Identity;
using Matchmaker.Domain.Organizations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Matchmaker.Data.Seeding;

/// <summary>
/// Demo organizations and users for every role, so that a newcomer sees a living portal. Runs
/// only on a new database.
/// </summary>
public sealed class DemoDataSeeder(MatchmakerDbContext db, UserManager<ApplicationUser> users, TimeProvider clock)
{
    private sealed record DemoOrganization(
        string Name, string PartnerNumber, string Street, string City, string State, string Zip, string Phone,
        string Website, string[] ProductCodes, string[] StatesServed, Industry[] Industries, int Capacity,
        string AdminEmail, string AdminName, string TimeZone, string? ColleagueEmail = null, string? ColleagueName = null,
        bool Pending = false);

    private static readonly DemoOrganization[] Organizations =
    [
        new("Lakeshore Dynamics Partners", "4100217", "233 S Wacker Dr, Suite 4100", "Chicago", "IL", "60606", "(312) 555-0142",
            "https://lakeshore.example", ["dynamics-crm", "dynamics-nav", "sharepoint"], ["IL", "WI", "IN", "MI"],
            [Industry.Manufacturing, Industry.Distribution], 8, "dana@lakeshore.example", "Dana Whitfield", "America/Chicago",
            "sam@lakeshore.example", "Sam Okafor"),
        new("Cascade Cloud Solutions", "5300841", "1420 5th Ave, Floor 12", "Seattle", "WA", "98101", "(206) 555-0178",
            "https://cascadecloud.example", ["exchange", "office", "hosting", "sharepoint"], ["WA", "OR", "ID", "AK"],
            [Industry.Technology, Industry.ProfessionalServices], 6, "priya@cascadecloud.example", "Priya Raman", "America/Los_Angeles"),
        new("Lone Star ERP Group", "4800392", "600 Congress Ave, Suite 1800", "Austin", "TX", "78701", "(512) 555-0119",
            "https://lonestarerp.example", ["dynamics-ax", "dynamics-gp", "sql-server"], ["TX", "OK", "LA", "NM"],
            [Industry.Energy, Industry.Manufacturing, Industry.Construction], 10, "marcus@lonestarerp.example", "Marcus Bell", "America/Chicago",
            "elena@lonestarerp.example", "Elena Ruiz"),
        new("Peachtree Business Systems", "1300575", "191 Peachtree St NE, Suite 2600", "Atlanta", "GA", "30303", "(404) 555-0163",
            "https://peachtreebiz.example", ["dynamics-gp", "dynamics-sl", "windows-server"], ["GA", "FL", "AL", "SC", "NC"],
            [Industry.Retail, Industry.Healthcare, Industry.Hospitality], 5, "grace@peachtreebiz.example", "Grace Holloway", "America/New_York"),
        new("Empire Data Works", "3600418", "350 5th Ave, Suite 5400", "New York", "NY", "10118", "(212) 555-0136",
            "https://empiredata.example", ["sql-server", "custom-development", "dynamics-crm"], ["NY", "NJ", "CT", "PA"],
            [Industry.FinancialServices, Industry.ProfessionalServices], 7, "noah@empiredata.example", "Noah Greenberg", "America/New_York"),
        new("Golden Gate Integrators", "0600733", "101 California St, Suite 2450", "San Francisco", "CA", "94111", "(415) 555-0127",
            "https://goldengate.example", ["system-center", "windows-server", "hosting", "custom-development"], ["CA", "NV", "AZ", "HI"],
            [Industry.Technology, Industry.Education, Industry.Government], 4, "mei@goldengate.example", "Mei Tanaka", "America/Los_Angeles"),
        new("Rocky Mountain Tech Advisors", "0800264", "1700 Lincoln St, Suite 1200", "Denver", "CO", "80203", "(303) 555-0185",
            "https://rockymountaintech.example", ["dynamics-nav", "office"], ["CO", "UT", "WY"],
            [Industry.Agriculture, Industry.Nonprofit], 3, "owen@rockymountaintech.example", "Owen Castillo", "America/Denver",
            Pending: true),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var admin = await CreateUserAsync(DemoAccounts.Admin, "Alex Morgan", "America/Los_Angeles", organizationId: null, Roles.Admin);
        await CreateUserAsync(DemoAccounts.SecondAdmin, "Jamie Chen", "America/Los_Angeles", organizationId: null, Roles.Admin);
        await CreateUserAsync(DemoAccounts.AccountManager, "Jordan Price", "America/Chicago", organizationId: null, Roles.AccountManager);
        await CreateUserAsync(DemoAccounts.SecondAccountManager, "Riley Brooks", "America/New_York", organizationId: null, Roles.AccountManager);

        var areaIds = await db.ProductAreas.ToDictionaryAsync(p => p.Code, p => p.Id, cancellationToken);
        var registeredAt = now.AddDays(-120);
        foreach (var demo in Organizations)
        {
            var organization = PartnerOrganization.Register(
                new PartnerRegistration(demo.Name, demo.PartnerNumber, demo.Street, demo.City, demo.State, demo.Zip,
                    demo.Phone, demo.Website, "US"),
                registeredByUserId: null,
                demo.Pending ? now.AddDays(-2) : registeredAt);
            organization.UpdateProfile(
                demo.ProductCodes.Select(code => areaIds[code]), demo.StatesServed, demo.Industries,
                acceptingReferrals: true, demo.Capacity);
            if (!demo.Pending)
            {
                organization.Authorize(admin.Id, registeredAt.AddDays(1));
            }

            db.Organizations.Add(organization);
            await db.SaveChangesAsync(cancellationToken);

            var owner = await CreateUserAsync(demo.AdminEmail, demo.AdminName, demo.TimeZone, organization.Id, Roles.Partner);
            owner.IsOrganizationAdmin = true;
            await users.UpdateAsync(owner);
            if (demo.ColleagueEmail is not null)
            {
                await CreateUserAsync(demo.ColleagueEmail, demo.ColleagueName!, demo.TimeZone, organization.Id, Roles.Partner);
            }

            registeredAt = registeredAt.AddDays(3);
        }

        await new DemoLeadSeeder(db, now).SeedAsync(cancellationToken);
    }

    private async Task<ApplicationUser> CreateUserAsync(string email, string name, string timeZone, int? organizationId, string role)
    {
        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = name,
            TimeZoneId = timeZone,
            OrganizationId = organizationId,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(user, DemoAccounts.Password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(
                $"Could not seed {email}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
        }

        await users.AddToRoleAsync(user, role);
        return user;
    }
}
