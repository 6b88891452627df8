using Matchmaker.Domain.Common;
using Matchmaker.Domain.Leads;

namespace Matchmaker.Domain.Tests.Leads;

/// <summary>
/// For every status a peer-route lead can reach, which operations go through and which are refused.
/// Offers are answered by the second peer (still pending only while the lead is offered); the
/// accepted lead is worked by the first peer.
/// </summary>
public sealed class PeerRouteTransitionTableTests
{
    private static readonly DateTime ActedAt = LeadBuilder.Now.AddDays(3);

    private static readonly Dictionary<LeadStatus, LeadOperation[]> Allowed = new()
    {
        [LeadStatus.Offered] = [LeadOperation.Withdraw, LeadOperation.AcceptReferral, LeadOperation.DeclineReferral, LeadOperation.ExpireReferral],
        [LeadStatus.Returned] = [LeadOperation.OfferToPeers, LeadOperation.SendToVendor, LeadOperation.Withdraw],
        [LeadStatus.AwaitingReview] = [LeadOperation.Withdraw],
        [LeadStatus.Accepted] = [LeadOperation.UpdateStage, LeadOperation.ReportWon, LeadOperation.ReportLost],
        [LeadStatus.Won] = [],
        [LeadStatus.Lost] = [],
        [LeadStatus.Withdrawn] = [],
    };

    public static TheoryData<LeadStatus, LeadOperation, bool> Transitions
    {
        get
        {
            var data = new TheoryData<LeadStatus, LeadOperation, bool>();
            foreach (var (status, allowed) in Allowed)
            {
                foreach (var operation in Enum.GetValues<LeadOperation>())
                {
                    data.Add(status, operation, allowed.Contains(operation));
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Transitions))]
    public void An_operation_is_allowed_or_refused_according_to_the_lead_status(LeadStatus status, LeadOperation operation, bool allowed)
    {
        var lead = LeadIn(status);
        Assert.Equal(status, lead.Status);
        var eventsBefore = lead.Events.Count;

        if (allowed)
        {
            Apply(lead, operation);
            Assert.True(lead.Events.Count > eventsBefore, "An allowed operation records a history entry.");
        }
        else
        {
            Assert.Throws<DomainException>(() => Apply(lead, operation));
            Assert.Equal(status, lead.Status);
            Assert.Equal(eventsBefore, lead.Events.Count);
        }
    }

    private static Lead LeadIn(LeadStatus status) => status switch
    {
        LeadStatus.Offered => LeadBuilder.Offered(),
        LeadStatus.Returned => LeadBuilder.Returned(),
        LeadStatus.AwaitingReview => LeadBuilder.SentToVendor(),
        LeadStatus.Accepted => LeadBuilder.Accepted(),
        LeadStatus.Won => LeadBuilder.Won(),
        LeadStatus.Lost => LeadBuilder.Lost(),
        LeadStatus.Withdrawn => LeadBuilder.Withdrawn(),
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not reachable on the peer route."),
    };

    private static void Apply(Lead lead, LeadOperation operation)
    {
        const int answering = LeadBuilder.SecondPeerId;
        const int working = LeadBuilder.FirstPeerId;
        switch (operation)
        {
            case LeadOperation.OfferToPeers:
                lead.OfferToPeers([LeadBuilder.NewPeerId], ActedAt.AddDays(7), LeadBuilder.OwnerUserId, ActedAt);
                break;
            case LeadOperation.SendToVendor:
                lead.SendToVendor(LeadBuilder.OwnerUserId, ActedAt);
                break;
            case LeadOperation.Withdraw:
                lead.Withdraw(LeadBuilder.OwnerUserId, ActedAt);
                break;
            case LeadOperation.AcceptReferral:
                lead.AcceptReferral(LeadBuilder.ReferralIdOf(lead, answering), answering, LeadBuilder.ReceiverUserId, ActedAt);
                break;
            case LeadOperation.DeclineReferral:
                lead.DeclineReferral(LeadBuilder.ReferralIdOf(lead, answering), answering, OutcomeReason.NoCapacity, null, LeadBuilder.ReceiverUserId, ActedAt);
                break;
            case LeadOperation.ExpireReferral:
                lead.ExpireReferral(LeadBuilder.ReferralIdOf(lead, answering), LeadBuilder.AfterDeadline);
                break;
            case LeadOperation.UpdateStage:
                lead.UpdateStage(working, SalesStage.Developed, LeadBuilder.ReceiverUserId, ActedAt);
                break;
            case LeadOperation.ReportWon:
                lead.ReportWon(working, 1_000_000, null, LeadBuilder.ReceiverUserId, ActedAt);
                break;
            case LeadOperation.ReportLost:
                lead.ReportLost(working, OutcomeReason.CustomerUnresponsive, null, LeadBuilder.ReceiverUserId, ActedAt);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(operation), operation, null);
        }
    }
}
