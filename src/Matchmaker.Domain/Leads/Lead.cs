using Matchmaker.Domain.Common;
using Matchmaker.Domain.Organizations;

namespace Matchmaker.Domain.Leads;

/// <summary>
/// A sales lead an owner organization shares. Every change goes through a method that refuses an
/// illegal transition and writes a history entry; referrals are offers of the lead to receivers.
/// </summary>
public sealed class Lead
{
    public const long MaxValueCents = 100_000_000_000; // $1 billion

    private readonly List<Referral> _referrals = [];
    private readonly List<LeadEvent> _events = [];
    private readonly List<LeadProductArea> _productAreas = [];

    private Lead()
    {
        SubmittedByUserId = string.Empty;
        CustomerCompany = string.Empty;
        NormalizedCompany = string.Empty;
        ContactName = string.Empty;
        ContactEmail = string.Empty;
        CustomerCity = string.Empty;
        CustomerState = string.Empty;
        CustomerPostalCode = string.Empty;
        CustomerZip5 = string.Empty;
        Need = string.Empty;
    }

    public int Id { get; private set; }

    public int OwnerOrganizationId { get; private set; }

    public string SubmittedByUserId { get; private set; }

    public string CustomerCompany { get; private set; }

    /// <summary>Company name without case, punctuation or legal suffixes: half of the duplicate key.</summary>
    public string NormalizedCompany { get; private set; }

    public string ContactName { get; private set; }

    public string ContactEmail { get; private set; }

    public string? ContactPhone { get; private set; }

    public string CustomerCity { get; private set; }

    public string CustomerState { get; private set; }

    public string CustomerPostalCode { get; private set; }

    public string CustomerZip5 { get; private set; }

    public string? CustomerEmailDomain { get; private set; }

    public Industry CustomerIndustry { get; private set; }

    public CompanySize CustomerSize { get; private set; }

    public bool CustomerConsented { get; private set; }

    public string Need { get; private set; }

    public long EstimatedValueCents { get; private set; }

    public Timeframe Timeframe { get; private set; }

    public LeadRoute Route { get; private set; }

    public LeadStatus Status { get; private set; }

    public bool ClaimBounty { get; private set; }

    /// <summary>The owner asked to approve any referral an account manager proposes.</summary>
    public bool RequireOwnerConsent { get; private set; }

    public int? PossibleDuplicateOfLeadId { get; private set; }

    public SalesStage? Stage { get; private set; }

    public long? WonValueCents { get; private set; }

    public OutcomeReason? LossReason { get; private set; }

    public string? OutcomeText { get; private set; }

    public int? AcceptedReferralId { get; private set; }

    public int? AcceptedByOrganizationId { get; private set; }

    /// <summary>The account manager who holds the lead in the review queue.</summary>
    public string? ClaimedByUserId { get; private set; }

    public DateTime? ClaimedAtUtc { get; private set; }

    public QueueRejectionReason? RejectionReason { get; private set; }

    public string? RejectionText { get; private set; }

    public DateTime SubmittedAtUtc { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public IReadOnlyCollection<Referral> Referrals => _referrals.AsReadOnly();

    public IReadOnlyCollection<LeadEvent> Events => _events.AsReadOnly();

    public IReadOnlyCollection<LeadProductArea> ProductAreas => _productAreas.AsReadOnly();

    /// <summary>Organizations that declined the lead or let an offer expire: never offered it again.</summary>
    public IEnumerable<int> ClosedReceiverIds => _referrals.Where(r => r.ClosedByReceiver).Select(r => r.ReceiverOrganizationId);

    public static Lead Submit(
        LeadSubmission submission, IReadOnlyCollection<int> peerReceiverIds, DateTime? offerDeadlineUtc, int? possibleDuplicateOfLeadId, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(submission);
        if (!submission.CustomerConsented)
        {
            throw new DomainException("The customer must have agreed to be contacted by a partner before a lead can be shared.");
        }

        var customer = submission.Customer;
        var opportunity = submission.Opportunity;
        if (!UsStates.IsValid(customer.State))
        {
            throw new DomainException("The customer's state must be a U.S. state.");
        }

        if (!PostalCodes.IsValidZip(customer.PostalCode))
        {
            throw new DomainException("The customer's ZIP code must be 5 digits or ZIP+4.");
        }

        if (opportunity.ProductAreaIds.Count == 0)
        {
            throw new DomainException("Pick at least one product area.");
        }

        if (opportunity.EstimatedValueCents is < 0 or > MaxValueCents)
        {
            throw new DomainException("The estimated value must be between $0 and $1,000,000,000.");
        }

        var lead = new Lead
        {
            OwnerOrganizationId = submission.OwnerOrganizationId,
            SubmittedByUserId = submission.SubmittedByUserId,
            CustomerCompany = Guard.Required(customer.Company, "Company", 200),
            ContactName = Guard.Required(customer.ContactName, "Contact name", 100),
            ContactEmail = Guard.Required(customer.Email, "Contact email", 256),
            ContactPhone = Guard.Optional(customer.Phone, "Contact phone", 30),
            CustomerCity = Guard.Required(customer.City, "City", 100),
            CustomerState = customer.State,
            CustomerPostalCode = customer.PostalCode,
            CustomerIndustry = customer.Industry,
            CustomerSize = customer.Size,
            CustomerConsented = true,
            Need = Guard.Required(opportunity.Need, "Need", 4000),
            EstimatedValueCents = opportunity.EstimatedValueCents,
            Timeframe = opportunity.Timeframe,
            Route = submission.Route,
            ClaimBounty = submission.ClaimBounty,
            RequireOwnerConsent = submission.Route == LeadRoute.Vendor && submission.RequireOwnerConsent,
            PossibleDuplicateOfLeadId = possibleDuplicateOfLeadId,
            SubmittedAtUtc = nowUtc,
            UpdatedAtUtc = nowUtc,
        };
        lead.NormalizedCompany = CustomerIdentity.NormalizeCompany(lead.CustomerCompany);
        lead.CustomerZip5 = CustomerIdentity.Zip5(lead.CustomerPostalCode);
        lead.CustomerEmailDomain = CustomerIdentity.CompanyDomain(lead.ContactEmail);
        lead._productAreas.AddRange(opportunity.ProductAreaIds.Distinct().Select(id => new LeadProductArea(id)));

        if (submission.Route == LeadRoute.Vendor)
        {
            lead.Status = LeadStatus.AwaitingReview;
            lead.Record(LeadAction.Submitted, null, submission.SubmittedByUserId, submission.OwnerOrganizationId, nowUtc, "Sent to the vendor's review queue");
        }
        else
        {
            lead.Status = LeadStatus.Offered;
            lead.Record(LeadAction.Submitted, null, submission.SubmittedByUserId, submission.OwnerOrganizationId, nowUtc, "Shared with preferred peers");
            lead.AddOffers(peerReceiverIds, LeadRoute.Peer, offerDeadlineUtc ?? throw new DomainException("An offer needs a response deadline."), submission.SubmittedByUserId, nowUtc);
        }

        return lead;
    }

    /// <summary>The owner offers a returned lead to more of its peers.</summary>
    public void OfferToPeers(IReadOnlyCollection<int> receiverIds, DateTime deadlineUtc, string userId, DateTime nowUtc)
    {
        EnsureStatus("offer it to peers", LeadStatus.Returned);
        ValidateOffers(receiverIds, deadlineUtc, nowUtc);
        var from = Status;
        Route = LeadRoute.Peer;
        Status = LeadStatus.Offered;
        AddOffers(receiverIds, LeadRoute.Peer, deadlineUtc, userId, nowUtc, from);
    }

    /// <summary>The owner hands a returned lead to the vendor's review queue.</summary>
    public void SendToVendor(string userId, DateTime nowUtc)
    {
        EnsureStatus("send it to the vendor", LeadStatus.Returned);
        Route = LeadRoute.Vendor;
        MoveTo(LeadStatus.AwaitingReview, LeadAction.SentToVendor, userId, OwnerOrganizationId, nowUtc, null);
    }

    /// <summary>The owner recalls the lead before anyone accepted it; pending offers close.</summary>
    public void Withdraw(string userId, DateTime nowUtc)
    {
        EnsureStatus("withdraw it", LeadStatus.AwaitingReview, LeadStatus.AwaitingOwnerConsent, LeadStatus.Offered, LeadStatus.Returned);
        foreach (var referral in _referrals.Where(r => r.IsPending || r.IsProposed))
        {
            referral.CloseAs(ReferralStatus.Withdrawn, nowUtc);
        }

        MoveTo(LeadStatus.Withdrawn, LeadAction.Withdrawn, userId, OwnerOrganizationId, nowUtc, null);
    }

    /// <summary>A receiver takes the lead; every other pending offer closes as superseded.</summary>
    public void AcceptReferral(int referralId, int receiverOrganizationId, string userId, DateTime nowUtc)
    {
        var referral = PendingReferralOf(referralId, receiverOrganizationId);
        if (Status != LeadStatus.Offered)
        {
            throw new DomainException("This lead is no longer available: another partner already took it, or the owner withdrew it.");
        }

        referral.Accept(userId, nowUtc);
        foreach (var other in _referrals.Where(r => r.IsPending))
        {
            other.CloseAs(ReferralStatus.Superseded, nowUtc);
        }

        AcceptedReferralId = referral.Id;
        AcceptedByOrganizationId = receiverOrganizationId;
        MoveTo(LeadStatus.Accepted, LeadAction.OfferAccepted, userId, receiverOrganizationId, nowUtc, null, referralId: referral.Id);
    }

    public void DeclineReferral(int referralId, int receiverOrganizationId, OutcomeReason reason, string? text, string userId, DateTime nowUtc)
    {
        var referral = PendingReferralOf(referralId, receiverOrganizationId);
        referral.Decline(reason, text, userId, nowUtc);
        Record(LeadAction.OfferDeclined, Status, userId, receiverOrganizationId, nowUtc, referral.DeclineText, reason, referral.Id);
        MoveOnWhenNoOfferIsLeft(nowUtc);
    }

    /// <summary>The deadline passed without an answer (the expiry job calls this).</summary>
    public void ExpireReferral(int referralId, DateTime nowUtc)
    {
        var referral = _referrals.SingleOrDefault(r => r.Id == referralId)
            ?? throw new DomainException("This offer does not belong to the lead.");
        referral.Expire(nowUtc);
        Record(LeadAction.OfferExpired, Status, null, referral.ReceiverOrganizationId, nowUtc, null, referralId: referral.Id);
        MoveOnWhenNoOfferIsLeft(nowUtc);
    }

    public void UpdateStage(int receiverOrganizationId, SalesStage stage, string userId, DateTime nowUtc)
    {
        EnsureWorkedBy(receiverOrganizationId, "update its sales stage");
        if (Stage == stage)
        {
            return;
        }

        Stage = stage;
        Record(LeadAction.StageChanged, Status, userId, receiverOrganizationId, nowUtc, stage.ToString());
    }

    public void ReportWon(int receiverOrganizationId, long wonValueCents, string? text, string userId, DateTime nowUtc)
    {
        EnsureWorkedBy(receiverOrganizationId, "report it won");
        if (wonValueCents is <= 0 or > MaxValueCents)
        {
            throw new DomainException("The won value must be more than $0 and at most $1,000,000,000.");
        }

        WonValueCents = wonValueCents;
        OutcomeText = Guard.Optional(text, "Comment", 1000);
        MoveTo(LeadStatus.Won, LeadAction.Won, userId, receiverOrganizationId, nowUtc, OutcomeText);
    }

    public void ReportLost(int receiverOrganizationId, OutcomeReason reason, string? text, string userId, DateTime nowUtc)
    {
        EnsureWorkedBy(receiverOrganizationId, "report it lost");
        LossReason = reason;
        OutcomeText = Guard.Optional(text, "Comment", 1000);
        MoveTo(LeadStatus.Lost, LeadAction.Lost, userId, receiverOrganizationId, nowUtc, OutcomeText, reason);
    }

    public bool IsOwnedBy(int organizationId) => OwnerOrganizationId == organizationId;

    /// <summary>An account manager takes the lead to work it. Someone else's claim is only taken over explicitly.</summary>
    public void Claim(string userId, DateTime nowUtc)
    {
        EnsureStatus("be claimed", LeadStatus.AwaitingReview);
        if (ClaimedByUserId == userId)
        {
            return;
        }

        if (ClaimedByUserId is not null)
        {
            throw new LeadHeldException(ClaimedByUserId);
        }

        ClaimedByUserId = userId;
        ClaimedAtUtc = nowUtc;
        Record(LeadAction.Claimed, Status, userId, null, nowUtc, null);
    }

    /// <summary>Takes a lead another account manager holds; the history says who took it from whom.</summary>
    public void TakeOver(string userId, string previousHolderName, DateTime nowUtc)
    {
        EnsureStatus("be taken over", LeadStatus.AwaitingReview);
        if (ClaimedByUserId is null || ClaimedByUserId == userId)
        {
            Claim(userId, nowUtc);
            return;
        }

        ClaimedByUserId = userId;
        ClaimedAtUtc = nowUtc;
        Record(LeadAction.TakenOver, Status, userId, null, nowUtc, $"Taken over from {previousHolderName}");
    }

    public void Release(string userId, DateTime nowUtc)
    {
        EnsureStatus("be released", LeadStatus.AwaitingReview);
        EnsureHeldBy(userId, "release it");
        ClaimedByUserId = null;
        ClaimedAtUtc = null;
        Record(LeadAction.Released, Status, userId, null, nowUtc, null);
    }

    /// <summary>Rejects the lead from the queue for good, with a coded reason the owner sees.</summary>
    public void Reject(QueueRejectionReason reason, string? text, string userId, DateTime nowUtc)
    {
        EnsureStatus("be rejected", LeadStatus.AwaitingReview);
        EnsureHeldBy(userId, "reject it");
        RejectionReason = reason;
        RejectionText = Guard.Optional(text, "Comment", 1000);
        MoveTo(LeadStatus.Rejected, LeadAction.Rejected, userId, null, nowUtc, RejectionText);
    }

    /// <summary>
    /// The account manager refers the lead to qualified partners. When the owner asked to approve
    /// referrals, the partners are only proposed and the lead waits for the owner's consent.
    /// </summary>
    public void ReferByVendor(IReadOnlyCollection<int> receiverIds, DateTime deadlineUtc, string userId, DateTime nowUtc)
    {
        EnsureStatus("be referred", LeadStatus.AwaitingReview);
        EnsureHeldBy(userId, "refer it");
        if (Route != LeadRoute.Vendor)
        {
            throw new DomainException("Only leads sent to the vendor can be referred by an account manager.");
        }

        ValidateOffers(receiverIds, deadlineUtc, nowUtc);
        var from = Status;
        if (RequireOwnerConsent)
        {
            Status = LeadStatus.AwaitingOwnerConsent;
            AddOffers(receiverIds, LeadRoute.Vendor, deadlineUtc, userId, nowUtc, from, ReferralStatus.Proposed);
            return;
        }

        Status = LeadStatus.Offered;
        AddOffers(receiverIds, LeadRoute.Vendor, deadlineUtc, userId, nowUtc, from);
    }

    /// <summary>The owner approves the proposed partners: the offers go out now, with a full response window.</summary>
    public void ApproveProposal(string ownerUserId, DateTime deadlineUtc, DateTime nowUtc)
    {
        EnsureStatus("have a proposal approved", LeadStatus.AwaitingOwnerConsent);
        foreach (var referral in _referrals.Where(r => r.IsProposed))
        {
            referral.Approve(deadlineUtc, nowUtc);
        }

        MoveTo(LeadStatus.Offered, LeadAction.ProposalApproved, ownerUserId, OwnerOrganizationId, nowUtc, null);
    }

    /// <summary>The owner refuses the proposed partners: the lead goes back to the queue and they are not proposed again.</summary>
    public void RefuseProposal(string ownerUserId, DateTime nowUtc)
    {
        EnsureStatus("have a proposal refused", LeadStatus.AwaitingOwnerConsent);
        foreach (var referral in _referrals.Where(r => r.IsProposed))
        {
            referral.Refuse(ownerUserId, nowUtc);
        }

        MoveTo(LeadStatus.AwaitingReview, LeadAction.ProposalRefused, ownerUserId, OwnerOrganizationId, nowUtc, null);
    }

    private void AddOffers(
        IReadOnlyCollection<int> receiverIds, LeadRoute route, DateTime deadlineUtc, string userId, DateTime nowUtc, LeadStatus? from = null,
        ReferralStatus initialStatus = ReferralStatus.Pending)
    {
        ValidateOffers(receiverIds, deadlineUtc, nowUtc);
        var receivers = receiverIds.Distinct().ToList();
        _referrals.AddRange(receivers.Select(id => new Referral(id, route, userId, nowUtc, deadlineUtc, initialStatus)));
        var partners = receivers.Count == 1 ? "1 partner" : $"{receivers.Count} partners";
        if (initialStatus == ReferralStatus.Proposed)
        {
            Record(LeadAction.ReferralProposed, from, userId, null, nowUtc, $"Proposed {partners} for the owner's approval");
        }
        else
        {
            Record(LeadAction.Offered, from, userId, route == LeadRoute.Peer ? OwnerOrganizationId : null, nowUtc, $"Offered to {partners}");
        }
    }

    /// <summary>Checks a set of offers before anything changes, so a refused offer leaves the lead as it was.</summary>
    private void ValidateOffers(IReadOnlyCollection<int> receiverIds, DateTime deadlineUtc, DateTime nowUtc)
    {
        var receivers = receiverIds.Distinct().ToList();
        if (receivers.Count == 0)
        {
            throw new DomainException("Pick at least one partner to offer the lead to.");
        }

        if (deadlineUtc <= nowUtc)
        {
            throw new DomainException("The response deadline must be in the future.");
        }

        if (receivers.Contains(OwnerOrganizationId))
        {
            throw new DomainException("A lead cannot be offered to its own organization.");
        }

        if (receivers.Any(id => _referrals.Any(r => r.ReceiverOrganizationId == id)))
        {
            throw new DomainException("This lead was already offered to one of those partners; a partner that declined or let it expire is not offered it again.");
        }
    }

    private Referral PendingReferralOf(int referralId, int receiverOrganizationId)
    {
        var referral = _referrals.SingleOrDefault(r => r.Id == referralId && r.ReceiverOrganizationId == receiverOrganizationId)
            ?? throw new DomainException("This offer was not made to your organization.");
        if (!referral.IsPending)
        {
            throw new DomainException(referral.Status == ReferralStatus.Superseded
                ? "This lead is no longer available: another partner already took it."
                : "This offer is no longer available: it was already answered, withdrawn or has expired.");
        }

        return referral;
    }

    private void MoveOnWhenNoOfferIsLeft(DateTime nowUtc)
    {
        UpdatedAtUtc = nowUtc;
        if (Status != LeadStatus.Offered || _referrals.Any(r => r.IsPending))
        {
            return;
        }

        // A peer-route lead goes back to its owner; a vendor-route lead back to the review queue.
        if (Route == LeadRoute.Peer)
        {
            MoveTo(LeadStatus.Returned, LeadAction.Returned, null, null, nowUtc, "Every partner declined or let the offer expire");
        }
        else
        {
            MoveTo(LeadStatus.AwaitingReview, LeadAction.Returned, null, null, nowUtc, "Back to the review queue: every partner declined or let the offer expire");
        }
    }

    private void EnsureHeldBy(string userId, string what)
    {
        if (ClaimedByUserId != userId)
        {
            throw ClaimedByUserId is null
                ? new DomainException($"Claim this lead before you {what}.")
                : new LeadHeldException(ClaimedByUserId);
        }
    }

    private void EnsureWorkedBy(int receiverOrganizationId, string what)
    {
        if (AcceptedByOrganizationId != receiverOrganizationId)
        {
            throw new DomainException("Only the partner that accepted this lead can " + what + ".");
        }

        EnsureStatus(what, LeadStatus.Accepted);
    }

    private void EnsureStatus(string what, params LeadStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw new DomainException($"A lead that is {LeadNames.Status(Status).ToLowerInvariant()} cannot {what}.");
        }
    }

    private void MoveTo(
        LeadStatus to, LeadAction action, string? userId, int? organizationId, DateTime nowUtc, string? detail,
        OutcomeReason? reason = null, int? referralId = null)
    {
        var from = Status;
        Status = to;
        Record(action, from, userId, organizationId, nowUtc, detail, reason, referralId);
    }

    private void Record(
        LeadAction action, LeadStatus? from, string? userId, int? organizationId, DateTime nowUtc, string? detail,
        OutcomeReason? reason = null, int? referralId = null)
    {
        UpdatedAtUtc = nowUtc;
        _events.Add(new LeadEvent(action, from, Status, userId, organizationId, nowUtc, detail, reason, referralId));
    }
}
