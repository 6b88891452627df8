using Matchmaker.Domain.Leads;
using Matchmaker.Domain.Organizations;

namespace Matchmaker.Web.Features.Offers;

/// <summary>What a receiver sees before it accepts: no customer name, no contact details.</summary>
public sealed record OfferSummary(
    int ReferralId, int LeadId, string OfferedBy, string City, string State, Industry Industry, CompanySize Size,
    long EstimatedValueCents, Timeframe Timeframe, string Need, IReadOnlyList<string> ProductAreas, DateTime OfferedUtc,
    DateTime DeadlineUtc, LeadRoute Route);

public sealed record WorkingLeadRow(int LeadId, string Company, string State, LeadStatus Status, SalesStage? Stage, long ValueCents, string Owner, DateTime AcceptedUtc);

public sealed record OffersViewModel(IReadOnlyList<OfferSummary> Pending, IReadOnlyList<WorkingLeadRow> Working);

public sealed record OfferPageViewModel(OfferSummary Offer, DeclineInput Decline);
