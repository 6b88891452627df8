using System.Linq.Expressions;
using Matchmaker.Data;
using Matchmaker.Domain.Common;
using Matchmaker.Domain.Leads;
using Matchmaker.Domain.Network;
using Matchmaker.Domain.Organizations;
using Matchmaker.Web.Features.Organization;
using Matchmaker.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace Matchmaker.Web.Features.Leads;

/// <summary>A partner's leads: submission, the owner's list and page, and every lifecycle change.</summary>
public sealed class LeadService(MatchmakerDbContext db, TimeProvider clock, LeadNotifications notifications)
{
    private const int MaxAttempts = 3;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<LeadFormViewModel> FormAsync(int organizationId, LeadInput input, CancellationToken cancellationToken)
    {
        var settings = await db.ProgramSettings.AsNoTracking().SingleAsync(cancellationToken);
        return new LeadFormViewModel(
            input, await ProductAreaOptionsAsync(cancellationToken), await OfferablePeersAsync(organizationId, [], cancellationToken),
            settings.ReferralResponseDays);
    }

    /// <summary>Authorized organizations on the owner's preferred-peer list that have not yet been offered the lead.</summary>
    public async Task<IReadOnlyList<PeerOption>> OfferablePeersAsync(int organizationId, IReadOnlyCollection<int> alreadyOffered, CancellationToken cancellationToken) =>
        await (from r in db.Relationships
               join o in db.Organizations on r.OtherOrganizationId equals o.Id
               where r.OrganizationId == organizationId && r.Kind == RelationshipKind.Preferred
                     && o.Status == OrganizationStatus.Authorized && !alreadyOffered.Contains(o.Id)
               orderby o.NormalizedLegalName
               select new PeerOption(o.Id, o.LegalName, o.City, o.State, o.AcceptingReferrals))
            .ToListAsync(cancellationToken);

    /// <summary>Saves a new lead and its offers; returns its id, or null with the reasons in <paramref name="errors"/>.</summary>
    public async Task<(int? LeadId, bool PossibleDuplicate)> SubmitAsync(
        int organizationId, string userId, LeadInput input, ModelStateDictionary errors, CancellationToken cancellationToken)
    {
        var areaIds = input.ProductAreaIds.Distinct().ToList();
        var areas = await db.ProductAreas.Where(p => areaIds.Contains(p.Id)).Select(p => new { p.Id, p.IsBountyEligible }).ToListAsync(cancellationToken);
        if (areas.Count != areaIds.Count)
        {
            errors.AddModelError("Input.ProductAreaIds", "Pick product areas from the list.");
        }

        var route = Enum.Parse<LeadRoute>(input.Route);
        var peerIds = route == LeadRoute.Peer ? input.PeerIds.Distinct().ToList() : [];
        if (peerIds.Count > 0)
        {
            var offerable = (await OfferablePeersAsync(organizationId, [], cancellationToken)).Select(p => p.Id).ToHashSet();
            if (!peerIds.All(offerable.Contains))
            {
                errors.AddModelError("Input.PeerIds", "Leads can only be offered to authorized organizations on your preferred-peer list.");
            }
        }

        if (errors.ErrorCount > 0)
        {
            return (null, false);
        }

        var now = Now;
        var settings = await db.ProgramSettings.AsNoTracking().SingleAsync(cancellationToken);
        Dollars.TryParseCents(input.EstimatedValue, out var valueCents);
        var customer = new Customer(
            input.Company.Trim(), input.ContactName.Trim(), input.ContactEmail.Trim(), input.ContactPhone?.Trim(), input.City.Trim(),
            input.State, input.PostalCode.Trim(), Enum.Parse<Industry>(input.Industry), Enum.Parse<CompanySize>(input.Size));
        var duplicateOf = await FindPossibleDuplicateAsync(customer, now.AddDays(-settings.DuplicateWindowDays), cancellationToken);
        var submission = new LeadSubmission(
            organizationId, userId, customer, input.CustomerConsented,
            new Opportunity(areaIds, input.Need.Trim(), valueCents, Enum.Parse<Timeframe>(input.Timeframe)),
            route,
            ClaimBounty: input.ClaimBounty && areas.Any(a => a.IsBountyEligible),
            input.RequireOwnerConsent);

        var lead = Lead.Submit(submission, peerIds, now.AddDays(settings.ReferralResponseDays), duplicateOf, now);
        db.Leads.Add(lead);
        await db.SaveChangesAsync(cancellationToken);
        await notifications.OffersMadeAsync(lead, lead.Referrals.Select(r => r.ReceiverOrganizationId).ToList(), cancellationToken);
        return (lead.Id, duplicateOf is not null);
    }

    public async Task<LeadListViewModel> ListAsync(int organizationId, LeadListQuery query, CancellationToken cancellationToken)
    {
        var leads = db.Leads.AsNoTracking().Where(l => l.OwnerOrganizationId == organizationId);
        if (query.Status is { } status)
        {
            leads = leads.Where(l => l.Status == status);
        }

        if (query.Route is { } route)
        {
            leads = leads.Where(l => l.Route == route);
        }

        if (query.ProductAreaId is { } areaId)
        {
            leads = leads.Where(l => l.ProductAreas.Any(p => p.ProductAreaId == areaId));
        }

        var search = query.Search?.Trim();
        if (!string.IsNullOrEmpty(search))
        {
            var company = CustomerIdentity.NormalizeCompany(search);
            leads = leads.Where(l => l.NormalizedCompany.Contains(company) || l.CustomerCity.Contains(search) || l.ContactEmail.Contains(search));
        }

        leads = query.Sort switch
        {
            "oldest" => leads.OrderBy(l => l.SubmittedAtUtc).ThenBy(l => l.Id),
            "value" => leads.OrderByDescending(l => l.EstimatedValueCents).ThenByDescending(l => l.Id),
            "value-asc" => leads.OrderBy(l => l.EstimatedValueCents).ThenBy(l => l.Id),
            _ => leads.OrderByDescending(l => l.SubmittedAtUtc).ThenByDescending(l => l.Id),
        };

        var page = await leads
            .Select(l => new
            {
                l.Id, l.CustomerCompany, l.CustomerCity, l.CustomerState, l.Status, l.Route, l.EstimatedValueCents, l.SubmittedAtUtc,
                Pending = l.Referrals.Count(r => r.Status == ReferralStatus.Pending),
                Offers = l.Referrals.Count(),
                AcceptedBy = db.Organizations.Where(o => o.Id == l.AcceptedByOrganizationId).Select(o => o.LegalName).FirstOrDefault(),
                l.Stage,
                Duplicate = l.PossibleDuplicateOfLeadId != null,
            })
            .ToPagedListAsync(PageRequest.Normalize(query.Page), PageRequest.DefaultSize, cancellationToken);

        var names = await ProductAreaNamesAsync(page.Items.Select(i => i.Id).ToList(), cancellationToken);
        var rows = page.Items.Select(l => new LeadRow(
            l.Id, l.CustomerCompany, l.CustomerCity, l.CustomerState, l.Status, l.Route, l.EstimatedValueCents, l.SubmittedAtUtc,
            l.Pending, l.Offers, l.AcceptedBy, l.Stage, l.Duplicate, names[l.Id].ToList())).ToList();
        return new LeadListViewModel(
            query, new PagedList<LeadRow>(rows, page.Page, page.PageSize, page.TotalCount), await ProductAreaOptionsAsync(cancellationToken));
    }

    /// <summary>
    /// The lead as the owner or the accepting receiver sees it, or null (shown as 404) for anyone else.
    /// A look by someone outside the owner organization is written to the access log.
    /// </summary>
    public async Task<LeadDetailsViewModel?> GetAsync(int leadId, LeadViewer viewer, CancellationToken cancellationToken)
    {
        var lead = await db.Leads.AsNoTracking().Include(l => l.Referrals).Include(l => l.ProductAreas)
            .SingleOrDefaultAsync(l => l.Id == leadId, cancellationToken);
        if (lead is null)
        {
            return null;
        }

        var isOwner = viewer.OrganizationId is { } org && lead.IsOwnedBy(org);
        var isReceiver = viewer.OrganizationId is { } receiver && lead.AcceptedByOrganizationId == receiver;
        var isVendorStaff = viewer.IsAccountManager && lead.Route == LeadRoute.Vendor;
        if (!isOwner && !isReceiver && !isVendorStaff)
        {
            return null;
        }

        if (!isOwner)
        {
            db.LeadAccessLog.Add(new LeadAccess(lead.Id, viewer.UserId, viewer.OrganizationId, viewer.Role, AccessLevel.Full, Now));
            await db.SaveChangesAsync(cancellationToken);
        }

        var events = await db.LeadEvents.AsNoTracking().Where(e => e.LeadId == leadId)
            .OrderByDescending(e => e.AtUtc).ThenByDescending(e => e.Id).ToListAsync(cancellationToken);
        var access = isOwner
            ? await db.LeadAccessLog.AsNoTracking().Where(a => a.LeadId == leadId).OrderByDescending(a => a.AtUtc).ThenByDescending(a => a.Id)
                .Take(200).ToListAsync(cancellationToken)
            : [];

        var organizationIds = lead.Referrals.Select(r => r.ReceiverOrganizationId)
            .Concat(events.Where(e => e.OrganizationId != null).Select(e => e.OrganizationId!.Value))
            .Concat(access.Where(a => a.OrganizationId != null).Select(a => a.OrganizationId!.Value))
            .Append(lead.OwnerOrganizationId).Distinct().ToList();
        var organizations = await db.Organizations.Where(o => organizationIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.LegalName, cancellationToken);
        var userIds = events.Where(e => e.UserId != null).Select(e => e.UserId!).Concat(access.Select(a => a.UserId))
            .Append(lead.SubmittedByUserId).Distinct().ToList();
        var users = await db.Users.Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var areaIds = lead.ProductAreas.Select(p => p.ProductAreaId).ToList();
        var areas = await db.ProductAreas.Where(p => areaIds.Contains(p.Id)).OrderBy(p => p.SortOrder)
            .Select(p => new { p.Name, p.IsBountyEligible }).ToListAsync(cancellationToken);
        var duplicateOfUtc = lead.PossibleDuplicateOfLeadId is { } duplicateId
            ? await db.Leads.Where(l => l.Id == duplicateId).Select(l => (DateTime?)l.SubmittedAtUtc).SingleOrDefaultAsync(cancellationToken)
            : null;
        var settings = await db.ProgramSettings.AsNoTracking().SingleAsync(cancellationToken);
        var bounty = isOwner
            ? await db.Bounties.Where(b => b.LeadId == leadId).Select(b => new { b.Status, b.AmountCents }).SingleOrDefaultAsync(cancellationToken)
            : null;
        var peers = isOwner && lead.Status == LeadStatus.Returned
            ? await OfferablePeersAsync(lead.OwnerOrganizationId, lead.Referrals.Select(r => r.ReceiverOrganizationId).ToList(), cancellationToken)
            : [];

        string? Org(int? id) => id is { } value && organizations.TryGetValue(value, out var name) ? name : null;
        string? User(string? id) => id is not null && users.TryGetValue(id, out var name) ? name : null;

        return new LeadDetailsViewModel(
            lead.Id, lead.Status, lead.Route, isOwner, isReceiver, Org(lead.OwnerOrganizationId)!, User(lead.SubmittedByUserId) ?? "—",
            lead.SubmittedAtUtc, lead.CustomerCompany, lead.ContactName, lead.ContactEmail, lead.ContactPhone, lead.CustomerCity,
            lead.CustomerState, lead.CustomerPostalCode, lead.CustomerIndustry, lead.CustomerSize, areas.Select(a => a.Name).ToList(),
            areas.Any(a => a.IsBountyEligible), lead.ClaimBounty, lead.RequireOwnerConsent, lead.Need, lead.EstimatedValueCents,
            lead.Timeframe, lead.Stage, lead.WonValueCents, lead.LossReason, lead.OutcomeText, Org(lead.AcceptedByOrganizationId),
            isOwner ? duplicateOfUtc : null,
            isOwner || isVendorStaff
                ? lead.Referrals.OrderByDescending(r => r.OfferedAtUtc).ThenBy(r => r.Id).Select(r => new ReferralRow(
                    r.Id, Org(r.ReceiverOrganizationId)!, r.Status, r.Route, r.OfferedAtUtc, r.DeadlineUtc, r.RespondedAtUtc,
                    r.DeclineReason, r.DeclineText)).ToList()
                : [],
            events.Select(e => new HistoryRow(e.Action, e.FromStatus, e.ToStatus, User(e.UserId), Org(e.OrganizationId), e.AtUtc, e.Reason, e.Detail)).ToList(),
            access.Select(a => new AccessRow(User(a.UserId) ?? "—", Org(a.OrganizationId), a.Role, a.Level, a.AtUtc)).ToList(),
            peers, settings.ReferralResponseDays, lead.RejectionReason, lead.RejectionText, bounty?.Status, bounty?.AmountCents);
    }

    public Task<bool> OfferToPeersAsync(int organizationId, int leadId, IReadOnlyList<int> peerIds, string userId, CancellationToken cancellationToken) =>
        MutateAsync(l => l.Id == leadId && l.OwnerOrganizationId == organizationId, async lead =>
        {
            var offered = lead.Referrals.Select(r => r.ReceiverOrganizationId).ToList();
            var offerable = (await OfferablePeersAsync(organizationId, offered, cancellationToken)).Select(p => p.Id).ToHashSet();
            if (peerIds.Count == 0 || !peerIds.All(offerable.Contains))
            {
                throw new DomainException("Pick authorized peers from your preferred list that have not been offered this lead before.");
            }

            var settings = await db.ProgramSettings.AsNoTracking().SingleAsync(cancellationToken);
            lead.OfferToPeers(peerIds, Now.AddDays(settings.ReferralResponseDays), userId, Now);
        }, lead => notifications.OffersMadeAsync(lead, peerIds, cancellationToken), cancellationToken);

    public Task<bool> SendToVendorAsync(int organizationId, int leadId, string userId, CancellationToken cancellationToken) =>
        MutateAsync(l => l.Id == leadId && l.OwnerOrganizationId == organizationId,
            lead => Sync(() => lead.SendToVendor(userId, Now)), null, cancellationToken);

    public Task<bool> WithdrawAsync(int organizationId, int leadId, string userId, CancellationToken cancellationToken) =>
        MutateAsync(l => l.Id == leadId && l.OwnerOrganizationId == organizationId,
            lead => Sync(() => lead.Withdraw(userId, Now)), null, cancellationToken);

    public async Task<bool> ApproveProposalAsync(int organizationId, int leadId, string userId, CancellationToken cancellationToken)
    {
        var settings = await db.ProgramSettings.AsNoTracking().SingleAsync(cancellationToken);
        // The proposal may be days old: the partner must still be authorized, accepting and not excluded.
        var unfit = await (from r in db.Referrals
                           join o in db.Organizations on r.ReceiverOrganizationId equals o.Id
                           where r.LeadId == leadId && r.Status == ReferralStatus.Proposed
                                 && (o.Status != OrganizationStatus.Authorized || !o.AcceptingReferrals
                                     || db.Relationships.Any(x => x.OrganizationId == organizationId && x.OtherOrganizationId == o.Id && x.Kind == RelationshipKind.Excluded))
                           select o.LegalName).FirstOrDefaultAsync(cancellationToken);
        if (unfit is not null)
        {
            throw new DomainException($"{unfit} can no longer receive this referral. Refuse the proposal and the vendor will look for another partner.");
        }

        return await MutateAsync(l => l.Id == leadId && l.OwnerOrganizationId == organizationId,
            lead => Sync(() => lead.ApproveProposal(userId, Now.AddDays(settings.ReferralResponseDays), Now)),
            lead => notifications.OffersMadeAsync(lead, lead.Referrals.Where(r => r.IsPending).Select(r => r.ReceiverOrganizationId).ToList(), cancellationToken),
            cancellationToken);
    }

    public Task<bool> RefuseProposalAsync(int organizationId, int leadId, string userId, CancellationToken cancellationToken) =>
        MutateAsync(l => l.Id == leadId && l.OwnerOrganizationId == organizationId,
            lead => Sync(() => lead.RefuseProposal(userId, Now)), null, cancellationToken);

    public Task<bool> UpdateStageAsync(int organizationId, int leadId, SalesStage stage, string userId, CancellationToken cancellationToken) =>
        MutateAsync(l => l.Id == leadId && l.AcceptedByOrganizationId == organizationId,
            lead => Sync(() => lead.UpdateStage(organizationId, stage, userId, Now)), null, cancellationToken);

    public Task<bool> ReportWonAsync(int organizationId, int leadId, long valueCents, string? text, string userId, CancellationToken cancellationToken) =>
        MutateAsync(l => l.Id == leadId && l.AcceptedByOrganizationId == organizationId,
            lead => Sync(() => lead.ReportWon(organizationId, valueCents, text, userId, Now)), null, cancellationToken);

    public Task<bool> ReportLostAsync(int organizationId, int leadId, OutcomeReason reason, string? text, string userId, CancellationToken cancellationToken) =>
        MutateAsync(l => l.Id == leadId && l.AcceptedByOrganizationId == organizationId,
            lead => Sync(() => lead.ReportLost(organizationId, reason, text, userId, Now)), null, cancellationToken);

    /// <summary>
    /// Loads the lead, applies one change and saves it under the lead's concurrency token. When
    /// another request changed the lead first, it reloads and lets the domain decide again, so the
    /// loser of a race gets the rule's own message ("already taken") rather than a conflict.
    /// </summary>
    internal async Task<bool> MutateAsync(
        Expression<Func<Lead, bool>> find, Func<Lead, Task> change, Func<Lead, Task>? afterSave, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var lead = await db.Leads.Include(l => l.Referrals).SingleOrDefaultAsync(find, cancellationToken);
            if (lead is null)
            {
                return false;
            }

            await change(lead);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                if (afterSave is not null)
                {
                    await afterSave(lead);
                }

                return true;
            }
            catch (DbUpdateException conflict)
            {
                // Another request changed the lead first, or a unique index (one accepted referral
                // per lead) refused the change: look again and let the domain decide.
                db.ChangeTracker.Clear();
                if (attempt >= MaxAttempts)
                {
                    throw new DomainException("Someone else changed this lead at the same moment. Reload the page and try again.", conflict);
                }
            }
        }
    }

    private static Task Sync(Action action)
    {
        action();
        return Task.CompletedTask;
    }

    private async Task<int?> FindPossibleDuplicateAsync(Customer customer, DateTime sinceUtc, CancellationToken cancellationToken)
    {
        var company = CustomerIdentity.NormalizeCompany(customer.Company);
        var zip = CustomerIdentity.Zip5(customer.PostalCode);
        var domain = CustomerIdentity.CompanyDomain(customer.Email);
        return await db.Leads.AsNoTracking()
            .Where(l => l.NormalizedCompany == company && l.SubmittedAtUtc >= sinceUtc
                        && (l.CustomerZip5 == zip || (domain != null && l.CustomerEmailDomain == domain)))
            .OrderBy(l => l.SubmittedAtUtc).Select(l => (int?)l.Id).FirstOrDefaultAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<ProductAreaOption>> ProductAreaOptionsAsync(CancellationToken cancellationToken) =>
        await db.ProductAreas.AsNoTracking().OrderBy(p => p.SortOrder)
            .Select(p => new ProductAreaOption(p.Id, p.Name, p.IsBountyEligible)).ToListAsync(cancellationToken);

    /// <summary>Product-area names for a page of leads, in one query.</summary>
    internal async Task<ILookup<int, string>> ProductAreaNamesAsync(IReadOnlyCollection<int> leadIds, CancellationToken cancellationToken)
    {
        var rows = await (from link in db.Set<LeadProductArea>()
                          join area in db.ProductAreas on link.ProductAreaId equals area.Id
                          where leadIds.Contains(link.LeadId)
                          orderby area.SortOrder
                          select new { link.LeadId, area.Name }).ToListAsync(cancellationToken);
        return rows.ToLookup(r => r.LeadId, r => r.Name);
    }
}
