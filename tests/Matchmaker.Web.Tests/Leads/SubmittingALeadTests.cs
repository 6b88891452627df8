using System.Net;
using Matchmaker.Data.Seeding;
using Matchmaker.Domain.Leads;
using Matchmaker.Domain.Network;
using Matchmaker.Domain.Organizations;
using Matchmaker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Matchmaker.Web.Tests.Leads;

public sealed class SubmittingALeadTests(LeadsFactory factory) : IClassFixture<LeadsFactory>
{
    [Fact]
    public async Task A_peer_route_lead_is_saved_and_offered_to_each_picked_peer_with_a_seven_day_deadline()
    {
        var ids = await DemoIds.LoadAsync(factory);
        using var dana = await factory.CreateSignedInBrowserAsync(Demo.Dana);
        var form = new LeadForm
        {
            ProductAreaIds = [LeadForm.Id(ids.Area("dynamics-crm"))],
            PeerIds = [LeadForm.Id(ids.Org(Demo.LoneStar)), LeadForm.Id(ids.Org(Demo.Peachtree))],
        };

        using var response = await form.SubmitAsync(dana);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var leadId = int.Parse(response.RedirectPath()!.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        var lead = await TestLead.LoadAsync(factory, leadId);
        Assert.Equal(form.Company, lead.CustomerCompany);
        Assert.Equal(LeadStatus.Offered, lead.Status);
        Assert.Equal(LeadRoute.Peer, lead.Route);
        Assert.Equal(4_250_000, lead.EstimatedValueCents);
        Assert.Equal(
            new[] { ids.Org(Demo.LoneStar), ids.Org(Demo.Peachtree) }.Order(),
            lead.Referrals.Select(r => r.ReceiverOrganizationId).Order());
        var deadline = factory.Clock.GetUtcNow().UtcDateTime.AddDays(7);
        Assert.All(lead.Referrals, r =>
        {
            Assert.Equal(ReferralStatus.Pending, r.Status);
            Assert.Equal(deadline, r.DeadlineUtc, TimeSpan.FromSeconds(1));
        });
        Assert.Equal([LeadAction.Submitted, LeadAction.Offered], lead.Events.OrderBy(e => e.Id).Select(e => e.Action));
        var offerMail = Assert.Single(factory.Emails.To(Demo.Marcus), m => m.Subject == $"New lead offered by {Demo.Lakeshore}");
        Assert.DoesNotContain(form.Company, offerMail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(form.ContactEmail, offerMail.TextBody, StringComparison.Ordinal);
        var page = await dana.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("offered to the peers you picked", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_vendor_route_lead_waits_in_the_review_queue_with_no_offer()
    {
        var ids = await DemoIds.LoadAsync(factory);
        using var dana = await factory.CreateSignedInBrowserAsync(Demo.Dana);
        var form = new LeadForm { ProductAreaIds = [LeadForm.Id(ids.Area("dynamics-ax"))], Route = "Vendor" };

        using var response = await form.SubmitAsync(dana);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var lead = await factory.InDatabaseAsync(db => db.Leads.Include(l => l.Referrals).SingleAsync(l => l.CustomerCompany == form.Company));
        Assert.Equal(LeadStatus.AwaitingReview, lead.Status);
        Assert.Equal(LeadRoute.Vendor, lead.Route);
        Assert.Empty(lead.Referrals);
        using var jordan = await factory.CreateSignedInBrowserAsync(DemoAccounts.AccountManager);
        var queue = await jordan.GetPageAsync("/queue?state=IL");
        Assert.Contains(form.Company, queue.Text, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string, string> BadInputs => new()
    {
        { "Input.CustomerConsented", "false", "Input.CustomerConsented", "Confirm that the customer agreed to be contacted" },
        { "Input.ProductAreaIds", "", "Input.ProductAreaIds", "Pick at least one product area." },
        { "Input.PostalCode", "6110", "Input.PostalCode", "ZIP code must be 5 digits" },
        { "Input.PostalCode", "61101-12", "Input.PostalCode", "ZIP code must be 5 digits" },
        { "Input.EstimatedValue", "lots", "Input.EstimatedValue", "Enter a dollar amount like 25000" },
        { "Input.EstimatedValue", "-500", "Input.EstimatedValue", "Enter a dollar amount like 25000" },
        { "Input.EstimatedValue", "12.345", "Input.EstimatedValue", "Enter a dollar amount like 25000" },
        { "Input.EstimatedValue", "1000000000.01", "Input.EstimatedValue", "at most $1,000,000,000" },
        { "Input.Industry", "Piracy", "Input.Industry", "Choose the customer's industry." },
        { "Input.Industry", "3", "Input.Industry", "Choose the customer's industry." },
        { "Input.State", "ON", "Input.State", "Choose a U.S. state from the list." },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_is_refused_with_a_message_beside_the_field_and_nothing_is_saved(string field, string value, string errorField, string message)
    {
        var ids = await DemoIds.LoadAsync(factory);
        using var dana = await factory.CreateSignedInBrowserAsync(Demo.Dana);
        var form = new LeadForm
        {
            ProductAreaIds = [LeadForm.Id(ids.Area("dynamics-crm"))],
            PeerIds = [LeadForm.Id(ids.Org(Demo.LoneStar))],
        };

        using var response = await form.SubmitAsync(dana, f =>
        {
            if (value.Length == 0)
            {
                f.Remove(field);
            }
            else
            {
                f.Set(field, value);
            }
        });

        var page = await HtmlPage.ReadAsync(response);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(message, page.FieldError(errorField), StringComparison.Ordinal);
        Assert.Equal(form.Company, page.Form("/leads/new")["Input.Company"]);
        Assert.False(await factory.InDatabaseAsync(db => db.Leads.AnyAsync(l => l.CustomerCompany == form.Company)));
    }

    [Fact]
    public async Task A_forged_product_area_id_is_refused_and_nothing_is_saved()
    {
        var ids = await DemoIds.LoadAsync(factory);
        using var dana = await factory.CreateSignedInBrowserAsync(Demo.Dana);
        var form = new LeadForm
        {
            ProductAreaIds = [LeadForm.Id(ids.Area("dynamics-crm")), "99999"],
            PeerIds = [LeadForm.Id(ids.Org(Demo.LoneStar))],
        };

        using var response = await form.SubmitAsync(dana);

        var page = await HtmlPage.ReadAsync(response);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Pick product areas from the list.", page.Text, StringComparison.Ordinal);
        Assert.False(await factory.InDatabaseAsync(db => db.Leads.AnyAsync(l => l.CustomerCompany == form.Company)));
    }

    public static TheoryData<string> ForbiddenPeers => new()
    {
        "excluded by the owner",
        "not on the owner's preferred list",
        "not authorized (pending verification)",
        "a preferred peer that was suspended",
        "the owner itself",
    };

    [Theory]
    [MemberData(nameof(ForbiddenPeers))]
    public async Task A_forged_peer_the_owner_may_not_offer_to_is_refused_and_nothing_is_saved(string peer)
    {
        var ids = await DemoIds.LoadAsync(factory);
        var peerId = peer switch
        {
            "excluded by the owner" => ids.Org(Demo.Empire),
            "not on the owner's preferred list" => ids.Org(Demo.Cascade),
            "not authorized (pending verification)" => ids.Org(Demo.RockyMountain),
            "a preferred peer that was suspended" => await SuspendedPreferredPeerOfLoneStarAsync(ids),
            _ => ids.Org(Demo.LoneStar),
        };
        using var marcus = await factory.CreateSignedInBrowserAsync(Demo.Marcus);
        var form = new LeadForm
        {
            ProductAreaIds = [LeadForm.Id(ids.Area("dynamics-gp"))],
            PeerIds = [LeadForm.Id(ids.Org(Demo.Peachtree)), LeadForm.Id(peerId)],
        };

        using var response = await form.SubmitAsync(marcus);

        var page = await HtmlPage.ReadAsync(response);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Leads can only be offered to authorized organizations on your preferred-peer list.", page.Text, StringComparison.Ordinal);
        Assert.False(await factory.InDatabaseAsync(db => db.Leads.AnyAsync(l => l.CustomerCompany == form.Company)));
        Assert.DoesNotContain(factory.Emails.Sent, m => m.TextBody.Contains(form.Need, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Northwind Traders, Inc.", "53202", "sales@othermail.example")]
    [InlineData("NORTHWIND TRADERS LLC", "60601", "ceo@northwindtraders.example")]
    public async Task A_possible_duplicate_of_another_organizations_lead_is_flagged_and_the_submitter_told(string company, string zip, string email)
    {
        var ids = await DemoIds.LoadAsync(factory);
        var original = await factory.InDatabaseAsync(db => db.Leads.Where(l => l.CustomerCompany == "Northwind Traders").Select(l => l.Id).SingleAsync());
        using var marcus = await factory.CreateSignedInBrowserAsync(Demo.Marcus);
        var form = new LeadForm
        {
            Company = company, PostalCode = zip, ContactEmail = email, City = "Milwaukee", State = "WI",
            ProductAreaIds = [LeadForm.Id(ids.Area("dynamics-gp"))], Route = "Vendor",
        };

        using var response = await form.SubmitAsync(marcus);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var lead = await factory.InDatabaseAsync(db => db.Leads.SingleAsync(l => l.CustomerCompany == company && l.OwnerOrganizationId == ids.Org(Demo.LoneStar)));
        Assert.Equal(original, lead.PossibleDuplicateOfLeadId);
        var page = await marcus.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("looks like a possible duplicate", page.Text, StringComparison.Ordinal);
        Assert.Contains("Possible duplicate: a lead for the same company", page.Text, StringComparison.Ordinal);

        await factory.InDatabaseAsync(async db => await db.Leads.Where(l => l.Id == lead.Id).ExecuteDeleteAsync());
    }

    [Fact]
    public async Task The_same_company_in_another_zip_and_email_domain_is_not_flagged()
    {
        var ids = await DemoIds.LoadAsync(factory);
        using var marcus = await factory.CreateSignedInBrowserAsync(Demo.Marcus);
        var form = new LeadForm
        {
            Company = "Northwind Traders", PostalCode = "73301", State = "TX", City = "Austin", ContactEmail = "it@northwind-texas.example",
            ProductAreaIds = [LeadForm.Id(ids.Area("dynamics-gp"))], Route = "Vendor",
        };

        using var response = await form.SubmitAsync(marcus);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var lead = await factory.InDatabaseAsync(db => db.Leads.SingleAsync(l => l.CustomerZip5 == "73301" && l.CustomerCompany == "Northwind Traders"));
        Assert.Null(lead.PossibleDuplicateOfLeadId);
        var page = await marcus.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.DoesNotContain("possible duplicate", page.Text, StringComparison.OrdinalIgnoreCase);
    }

    private async Task<int> SuspendedPreferredPeerOfLoneStarAsync(DemoIds ids)
    {
        var partnerNumber = Random.Shared.Next(100_000_000, 999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await factory.InDatabaseAsync(async db =>
        {
            var now = factory.Clock.GetUtcNow().UtcDateTime;
            var organization = PartnerOrganization.Register(
                new PartnerRegistration($"Paused Partner {partnerNumber}", partnerNumber, "1 Main St", "Houston", "TX", "77002", "(713) 555-0100", null, "US"),
                null, now.AddDays(-30));
            organization.Authorize(ids.User(DemoAccounts.Admin), now.AddDays(-29));
            db.Organizations.Add(organization);
            await db.SaveChangesAsync();
            db.Relationships.Add(new OrganizationRelationship(ids.Org(Demo.LoneStar), organization.Id, RelationshipKind.Preferred, ids.User(Demo.Marcus), now.AddDays(-20)));
            organization.Suspend("Payment overdue", ids.User(DemoAccounts.Admin), now.AddDays(-1));
            await db.SaveChangesAsync();
            return organization.Id;
        });
    }
}
