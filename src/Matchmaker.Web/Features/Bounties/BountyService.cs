using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Matchmaker.Data;
using Matchmaker.Domain.Bounties;
using Matchmaker.Domain.Common;
using Matchmaker.Domain.Leads;
using Matchmaker.Domain.Organizations;
using Matchmaker.Domain.Settings;
using Matchmaker.Web.Features.Leads;
using Matchmaker.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace Matchmaker.Web.Features.Bounties;

/// <summary>The $250 Dynamics bounty: created on acceptance, approved within the budget, paid by a second admin.</summary>
public sealed class BountyService(MatchmakerDbContext db, LeadService leads, TimeProvider clock, ILogger<BountyService> logger)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// Called after a receiver accepted a lead: creates the owner's bounty when the owner claimed it,
    /// the lead has a bounty-eligible area, the receiver is another organization and the owner is
    /// authorized. The unique index on the lead keeps it to one, whatever the timing.
    /// </summary>
    public async Task<bool> CreateForAcceptedLeadAsync(int leadId, CancellationToken cancellationToken)
    {
        var lead = await db.Leads.AsNoTracking().Where(l => l.Id == leadId && l.Status == LeadStatus.Accepted)
            .Select(l => new
            {
                l.Id, l.OwnerOrganizationId, l.AcceptedByOrganizationId, l.ClaimBounty, Duplicate = l.PossibleDuplicateOfLeadId != null,
                Eligible = l.ProductAreas.Any(p => db.ProductAreas.Any(a => a.Id == p.ProductAreaId && a.IsBountyEligible)),
                OwnerAuthorized = db.Organizations.Any(o => o.Id == l.OwnerOrganizationId && o.Status == OrganizationStatus.Authorized),
                Exists = db.Bounties.Any(b => b.LeadId == l.Id),
            }).SingleOrDefaultAsync(cancellationToken);
        if (lead is not { ClaimBounty: true, Eligible: true, OwnerAuthorized: true, Exists: false, AcceptedByOrganizationId: not null }
            || lead.AcceptedByOrganizationId == lead.OwnerOrganizationId)
        {
            return false;
        }

        var amount = await db.ProgramSettings.Select(s => s.BountyAmountCents).SingleAsync(cancellationToken);
        db.Bounties.Add(Bounty.ForAcceptedLead(lead.Id, lead.OwnerOrganizationId, lead.AcceptedByOrganizationId.Value, amount, lead.Duplicate, Now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            logger.LogInformation("Bounty for lead {LeadId} already exists", leadId);
            return false;
        }
    }

    public async Task<BountyListViewModel> ListAsync(BountyStatus status, string adminUserId, CancellationToken cancellationToken)
    {
        var rows = await (from b in db.Bounties.AsNoTracking()
                          where b.Status == status
                          join l in db.Leads on b.LeadId equals l.Id
                          orderby b.CreatedAtUtc
                          select new
                          {
                              Bounty = b,
                              l.CustomerState, l.EstimatedValueCents, l.Status, l.Stage, l.PossibleDuplicateOfLeadId,
                              Owner = db.Organizations.Where(o => o.Id == b.BeneficiaryOrganizationId).Select(o => o.LegalName).First(),
                              Receiver = db.Organizations.Where(o => o.Id == b.ReceiverOrganizationId).Select(o => o.LegalName).First(),
                              AcceptedUtc = db.Referrals.Where(r => r.Id == l.AcceptedReferralId).Select(r => r.RespondedAtUtc).FirstOrDefault(),
                              DuplicateOfUtc = db.Leads.Where(d => d.Id == l.PossibleDuplicateOfLeadId).Select(d => (DateTime?)d.SubmittedAtUtc).FirstOrDefault(),
                              DuplicateOfOwner = db.Leads.Where(d => d.Id == l.PossibleDuplicateOfLeadId)
                                  .Select(d => db.Organizations.Where(o => o.Id == d.OwnerOrganizationId).Select(o => o.LegalName).First()).FirstOrDefault(),
                              DecidedBy = db.Users.Where(u => u.Id == b.DecidedByUserId).Select(u => u.DisplayName).FirstOrDefault(),
                              PaidBy = db.Users.Where(u => u.Id == b.PaidByUserId).Select(u => u.DisplayName).FirstOrDefault(),
                          }).Take(200).ToListAsync(cancellationToken);
        var names = await leads.ProductAreaNamesAsync(rows.Select(r => r.Bounty.LeadId).ToList(), cancellationToken);
        var counts = await db.Bounties.GroupBy(b => b.Status).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return new BountyListViewModel(status, rows.Select(r => new BountyRow(
            r.Bounty.Id, r.Bounty.LeadId, r.Bounty.Status, r.Bounty.AmountCents, r.Owner, r.Receiver, r.CustomerState,
            names[r.Bounty.LeadId].ToList(), r.EstimatedValueCents, r.Status, r.Stage, r.Bounty.CreatedAtUtc, r.AcceptedUtc,
            r.Bounty.PossibleDuplicate, r.DuplicateOfUtc, r.DuplicateOfOwner, r.DecidedBy, r.Bounty.DecidedAtUtc,
            r.Bounty.DuplicateOverrideReason, r.Bounty.RejectionReason, r.Bounty.RejectionText, r.PaidBy, r.Bounty.PaymentDate,
            r.Bounty.PaymentReference, r.Bounty.DecidedByUserId == adminUserId)).ToList(), counts, await BudgetAsync(cancellationToken));
    }

    public async Task<BudgetSummary> BudgetAsync(CancellationToken cancellationToken)
    {
        var settings = await db.ProgramSettings.AsNoTracking().Select(s => new { s.BountyBudgetCents, s.BountyCommittedCents }).SingleAsync(cancellationToken);
        // Sums run in the database: money is integer cents, so SQLite adds them exactly.
        var pending = await db.Bounties.Where(b => b.Status == BountyStatus.PendingApproval).SumAsync(b => (long?)b.AmountCents, cancellationToken) ?? 0;
        return new BudgetSummary(settings.BountyBudgetCents, settings.BountyCommittedCents, pending);
    }

    public Task<int> PendingCountAsync(CancellationToken cancellationToken) =>
        db.Bounties.CountAsync(b => b.Status == BountyStatus.PendingApproval, cancellationToken);

    /// <summary>
    /// Approves within the budget. The committed total is raised by a conditional update in the same
    /// transaction as the approval, so parallel approvals near the limit can never exceed it.
    /// </summary>
    public async Task<bool> ApproveAsync(int bountyId, string adminUserId, string? overrideReason, CancellationToken cancellationToken)
    {
        try
        {
            return await db.InTransactionAsync(async ct =>
            {
                var bounty = await db.Bounties.SingleOrDefaultAsync(b => b.Id == bountyId, ct);
                if (bounty is null)
                {
                    return (false, false);
                }

                bounty.Approve(adminUserId, overrideReason, Now);
                var reserved = await db.ProgramSettings
                    .Where(s => s.Id == ProgramSettings.SingletonId && s.BountyCommittedCents + bounty.AmountCents <= s.BountyBudgetCents)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.BountyCommittedCents, x => x.BountyCommittedCents + bounty.AmountCents), ct);
                if (reserved == 0)
                {
                    throw new DomainException("Approving this bounty would take approved and paid bounties above the program's budget. Raise the budget in the program settings first.");
                }

                await db.SaveChangesAsync(ct);
                return (true, true);
            }, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            throw new DomainException("Another admin decided this bounty at the same moment. Reload to see the decision.");
        }
    }

    public Task<bool> RejectAsync(int bountyId, string adminUserId, RejectBountyInput input, CancellationToken cancellationToken) =>
        ChangeAsync(bountyId, b => b.Reject(adminUserId, Enum.Parse<BountyRejectionReason>(input.Reason), input.Comment, Now), cancellationToken);

    public Task<bool> MarkPaidAsync(int bountyId, string adminUserId, PayInput input, CancellationToken cancellationToken) =>
        ChangeAsync(bountyId, b => b.MarkPaid(adminUserId, input.PaymentReference.Trim(),
            DateOnly.ParseExact(input.PaymentDate, "yyyy-MM-dd", CultureInfo.InvariantCulture), Now), cancellationToken);

    /// <summary>Approved, unpaid bounties for the payment run, as CSV.</summary>
    public async Task<byte[]> ExportApprovedCsvAsync(CancellationToken cancellationToken)
    {
        var rows = await (from b in db.Bounties.AsNoTracking()
                          where b.Status == BountyStatus.Approved
                          join o in db.Organizations on b.BeneficiaryOrganizationId equals o.Id
                          orderby b.DecidedAtUtc
                          select new BountyPaymentLine
                          {
                              BountyId = b.Id,
                              LeadId = b.LeadId,
                              Beneficiary = o.LegalName,
                              PartnerId = o.PartnerNumber,
                              AmountCents = b.AmountCents,
                              ApprovedAtUtc = b.DecidedAtUtc,
                              ApprovedBy = db.Users.Where(u => u.Id == b.DecidedByUserId).Select(u => u.Email).FirstOrDefault(),
                          }).ToListAsync(cancellationToken);

        using var stream = new MemoryStream();
        await using (var writer = new StreamWriter(stream, leaveOpen: true))
        await using (var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture)
                     {
                         // Cells a spreadsheet would run as a formula are prefixed so they stay text.
                         InjectionOptions = InjectionOptions.Escape,
                     }))
        {
            csv.WriteField("bounty_id"); csv.WriteField("lead_id"); csv.WriteField("beneficiary"); csv.WriteField("partner_id");
            csv.WriteField("amount_usd"); csv.WriteField("approved_at_utc"); csv.WriteField("approved_by");
            await csv.NextRecordAsync();
            foreach (var row in rows)
            {
                csv.WriteField(row.BountyId);
                csv.WriteField(row.LeadId);
                csv.WriteField(row.Beneficiary);
                csv.WriteField(row.PartnerId);
                csv.WriteField((row.AmountCents / 100m).ToString("0.00", CultureInfo.InvariantCulture));
                csv.WriteField(row.ApprovedAtUtc?.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
                csv.WriteField(row.ApprovedBy);
                await csv.NextRecordAsync();
            }
        }

        return stream.ToArray();
    }

    public async Task<IReadOnlyList<PartnerBountyRow>> ForOrganizationAsync(int organizationId, CancellationToken cancellationToken) =>
        await (from b in db.Bounties.AsNoTracking()
               where b.BeneficiaryOrganizationId == organizationId
               join l in db.Leads on b.LeadId equals l.Id
               orderby b.CreatedAtUtc descending
               select new PartnerBountyRow(b.Id, b.LeadId, l.CustomerCompany, b.Status, b.AmountCents, b.CreatedAtUtc, b.PaymentDate, b.RejectionReason))
            .Take(500).ToListAsync(cancellationToken);

    private async Task<bool> ChangeAsync(int bountyId, Action<Bounty> change, CancellationToken cancellationToken)
    {
        var bounty = await db.Bounties.SingleOrDefaultAsync(b => b.Id == bountyId, cancellationToken);
        if (bounty is null)
        {
            return false;
        }

        change(bounty);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            throw new DomainException("Another admin changed this bounty at the same moment. Reload to see its current state.");
        }
    }

    private sealed class BountyPaymentLine
    {
        public int BountyId { get; init; }

        public int LeadId { get; init; }

        public string Beneficiary { get; init; } = string.Empty;

        public string PartnerId { get; init; } = string.Empty;

        public long AmountCents { get; init; }

        public DateTime? ApprovedAtUtc { get; init; }

        public string? ApprovedBy { get; init; }
    }
}
