using Matchmaker.Domain.Common;
using Matchmaker.Domain.Leads;

namespace Matchmaker.Domain.Tests.Leads;

/// <summary>A refused re-offer must leave the lead exactly as it was (returned, peer route, no new offers).</summary>
public sealed class RefusedReofferTests
{
    private static readonly DateTime ReofferedAt = LeadBuilder.Now.AddDays(1);

    public static TheoryData<int[], int> RefusedOffers => new()
    {
        { [LeadBuilder.FirstPeerId], 7 },
        { [LeadBuilder.OwnerId], 7 },
        { [], 7 },
        { [LeadBuilder.NewPeerId], 0 },
    };

    [Theory]
    [MemberData(nameof(RefusedOffers))]
    public void A_refused_reoffer_leaves_the_lead_returned(int[] peerIds, int deadlineDays)
    {
        var lead = LeadBuilder.Returned();
        var eventsBefore = lead.Events.Count;

        Assert.Throws<DomainException>(() =>
            lead.OfferToPeers(peerIds, ReofferedAt.AddDays(deadlineDays), LeadBuilder.OwnerUserId, ReofferedAt));

        Assert.Equal(LeadStatus.Returned, lead.Status);
        Assert.Equal(eventsBefore, lead.Events.Count);
    }
}
