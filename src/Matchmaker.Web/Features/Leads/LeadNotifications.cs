using Matchmaker.Data;
using Matchmaker.Domain.Leads;
using Matchmaker.Web.Infrastructure.Email;
using Matchmaker.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace Matchmaker.Web.Features.Leads;

/// <summary>
/// Tells partners when something waits for them. Offer mails carry the redacted summary only:
/// the customer's identity never leaves the portal before a receiver accepts.
/// </summary>
public sealed class LeadNotifications(MatchmakerDbContext db, IEmailSender emailSender, PublicUrls urls)
{
    public async Task OffersMadeAsync(Lead lead, IReadOnlyCollection<int> receiverIds, CancellationToken cancellationToken)
    {
        if (receiverIds.Count == 0)
        {
            return;
        }

        var owner = await db.Organizations.Where(o => o.Id == lead.OwnerOrganizationId).Select(o => o.LegalName).SingleAsync(cancellationToken);
        var recipients = await db.Users
            .Where(u => u.OrganizationId != null && receiverIds.Contains(u.OrganizationId.Value) && u.IsOrganizationAdmin && u.DeactivatedAtUtc == null)
            .Select(u => u.Email!).ToListAsync(cancellationToken);
        var link = urls.Absolute("/offers");
        foreach (var email in recipients)
        {
            await emailSender.SendAsync(EmailTemplates.Notice(
                email,
                $"New lead offered by {owner}",
                $"{owner} offered your organization a lead: a {LeadNames.Size(lead.CustomerSize).ToLowerInvariant()} customer in {lead.CustomerState}, {LeadNames.Timeframe(lead.Timeframe).ToLowerInvariant()}. Open your offers to see the summary and accept or decline.",
                "See your offers", link), cancellationToken);
        }
    }

    public async Task OfferAnsweredAsync(Lead lead, int receiverOrganizationId, string answer, CancellationToken cancellationToken)
    {
        var submitter = await db.Users.Where(u => u.Id == lead.SubmittedByUserId && u.DeactivatedAtUtc == null)
            .Select(u => u.Email).SingleOrDefaultAsync(cancellationToken);
        if (submitter is null)
        {
            return;
        }

        var receiver = await db.Organizations.Where(o => o.Id == receiverOrganizationId).Select(o => o.LegalName).SingleAsync(cancellationToken);
        await emailSender.SendAsync(EmailTemplates.Notice(
            submitter,
            $"{receiver} {answer} your lead for {lead.CustomerCompany}",
            $"{receiver} {answer} the lead for {lead.CustomerCompany}. The lead's page shows its status and history.",
            "Open the lead", urls.Absolute($"/leads/{lead.Id}")), cancellationToken);
    }
}
