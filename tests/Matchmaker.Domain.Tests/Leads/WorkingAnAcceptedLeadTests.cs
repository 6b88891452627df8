using Matchmaker.Domain.Common;
using Matchmaker.Domain.Leads;

namespace Matchmaker.Domain.Tests.Leads;

public sealed class WorkingAnAcceptedLeadTests
{
    private static readonly DateTime WorkedAt = LeadBuilder.Now.AddDays(3);
    private const int Receiver = LeadBuilder.FirstPeerId;
    private const int Bystander = LeadBuilder.SecondPeerId;

    [Fact]
    public void The_accepting_partner_can_update_the_sales_stage()
    {
        var lead = LeadBuilder.Accepted();

        lead.UpdateStage(Receiver, SalesStage.Proposed, LeadBuilder.ReceiverUserId, WorkedAt);

        Assert.Equal(SalesStage.Proposed, lead.Stage);
        Assert.Equal(LeadStatus.Accepted, lead.Status);
        var history = lead.Events.Last();
        Assert.Equal(LeadAction.StageChanged, history.Action);
        Assert.Equal(LeadStatus.Accepted, history.FromStatus);
        Assert.Equal(LeadStatus.Accepted, history.ToStatus);
        Assert.Equal("Proposed", history.Detail);
        Assert.Equal(Receiver, history.OrganizationId);
        Assert.Equal(WorkedAt, history.AtUtc);
    }

    [Fact]
    public void Setting_the_same_stage_again_adds_no_history()
    {
        var lead = LeadBuilder.Accepted();
        lead.UpdateStage(Receiver, SalesStage.Qualified, LeadBuilder.ReceiverUserId, WorkedAt);
        var eventsBefore = lead.Events.Count;

        lead.UpdateStage(Receiver, SalesStage.Qualified, LeadBuilder.ReceiverUserId, WorkedAt.AddHours(1));

        Assert.Equal(eventsBefore, lead.Events.Count);
    }

    [Fact]
    public void The_accepting_partner_can_report_the_deal_won()
    {
        var lead = LeadBuilder.Accepted();

        lead.ReportWon(Receiver, 4_250_000, " Signed a 3-year deal ", LeadBuilder.ReceiverUserId, WorkedAt);

        Assert.Equal(LeadStatus.Won, lead.Status);
        Assert.Equal(4_250_000, lead.WonValueCents);
        Assert.Equal("Signed a 3-year deal", lead.OutcomeText);
        var history = lead.Events.Last();
        Assert.Equal(LeadAction.Won, history.Action);
        Assert.Equal(LeadStatus.Accepted, history.FromStatus);
        Assert.Equal(LeadStatus.Won, history.ToStatus);
        Assert.Equal(LeadBuilder.ReceiverUserId, history.UserId);
        Assert.Equal(Receiver, history.OrganizationId);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-100L)]
    [InlineData(Lead.MaxValueCents + 1)]
    public void A_won_value_of_zero_or_less_or_over_a_billion_dollars_is_refused(long wonValueCents)
    {
        var lead = LeadBuilder.Accepted();

        Assert.Throws<DomainException>(() => lead.ReportWon(Receiver, wonValueCents, null, LeadBuilder.ReceiverUserId, WorkedAt));

        Assert.Equal(LeadStatus.Accepted, lead.Status);
        Assert.Null(lead.WonValueCents);
    }

    [Fact]
    public void The_accepting_partner_can_report_the_deal_lost_with_a_reason()
    {
        var lead = LeadBuilder.Accepted();

        lead.ReportLost(Receiver, OutcomeReason.InsufficientBudget, "Budget frozen", LeadBuilder.ReceiverUserId, WorkedAt);

        Assert.Equal(LeadStatus.Lost, lead.Status);
        Assert.Equal(OutcomeReason.InsufficientBudget, lead.LossReason);
        Assert.Equal("Budget frozen", lead.OutcomeText);
        var history = lead.Events.Last();
        Assert.Equal(LeadAction.Lost, history.Action);
        Assert.Equal(LeadStatus.Accepted, history.FromStatus);
        Assert.Equal(LeadStatus.Lost, history.ToStatus);
        Assert.Equal(OutcomeReason.InsufficientBudget, history.Reason);
    }

    [Fact]
    public void Another_organization_cannot_work_the_lead()
    {
        var lead = LeadBuilder.Accepted();

        Assert.Throws<DomainException>(() => lead.UpdateStage(Bystander, SalesStage.Developed, LeadBuilder.ReceiverUserId, WorkedAt));
        Assert.Throws<DomainException>(() => lead.ReportWon(Bystander, 100, null, LeadBuilder.ReceiverUserId, WorkedAt));
        Assert.Throws<DomainException>(() => lead.ReportLost(Bystander, OutcomeReason.Other, null, LeadBuilder.ReceiverUserId, WorkedAt));
        Assert.Throws<DomainException>(() => lead.ReportWon(LeadBuilder.OwnerId, 100, null, LeadBuilder.OwnerUserId, WorkedAt));

        Assert.Equal(LeadStatus.Accepted, lead.Status);
        Assert.Null(lead.Stage);
    }

    [Fact]
    public void A_lead_nobody_accepted_cannot_be_worked()
    {
        var lead = LeadBuilder.Offered();

        Assert.Throws<DomainException>(() => lead.UpdateStage(Receiver, SalesStage.Developed, LeadBuilder.ReceiverUserId, WorkedAt));
        Assert.Throws<DomainException>(() => lead.ReportWon(Receiver, 100, null, LeadBuilder.ReceiverUserId, WorkedAt));
        Assert.Throws<DomainException>(() => lead.ReportLost(Receiver, OutcomeReason.Other, null, LeadBuilder.ReceiverUserId, WorkedAt));
    }

    [Fact]
    public void A_won_lead_is_final()
    {
        var lead = LeadBuilder.Won();
        var eventsBefore = lead.Events.Count;

        Assert.Throws<DomainException>(() => lead.UpdateStage(Receiver, SalesStage.Negotiated, LeadBuilder.ReceiverUserId, WorkedAt));
        Assert.Throws<DomainException>(() => lead.ReportWon(Receiver, 100, null, LeadBuilder.ReceiverUserId, WorkedAt));
        Assert.Throws<DomainException>(() => lead.ReportLost(Receiver, OutcomeReason.Other, null, LeadBuilder.ReceiverUserId, WorkedAt));

        Assert.Equal(LeadStatus.Won, lead.Status);
        Assert.Null(lead.LossReason);
        Assert.Equal(eventsBefore, lead.Events.Count);
    }

    [Fact]
    public void A_lost_lead_is_final()
    {
        var lead = LeadBuilder.Lost();
        var eventsBefore = lead.Events.Count;

        Assert.Throws<DomainException>(() => lead.UpdateStage(Receiver, SalesStage.Negotiated, LeadBuilder.ReceiverUserId, WorkedAt));
        Assert.Throws<DomainException>(() => lead.ReportWon(Receiver, 100, null, LeadBuilder.ReceiverUserId, WorkedAt));
        Assert.Throws<DomainException>(() => lead.ReportLost(Receiver, OutcomeReason.Other, null, LeadBuilder.ReceiverUserId, WorkedAt));

        Assert.Equal(LeadStatus.Lost, lead.Status);
        Assert.Null(lead.WonValueCents);
        Assert.Equal(eventsBefore, lead.Events.Count);
    }

    [Fact]
    public void Every_change_of_a_worked_lead_appends_a_history_entry_with_from_and_to()
    {
        var lead = LeadBuilder.Accepted();
        var eventsBefore = lead.Events.Count;

        lead.UpdateStage(Receiver, SalesStage.Qualified, LeadBuilder.ReceiverUserId, WorkedAt);
        lead.UpdateStage(Receiver, SalesStage.Proposed, LeadBuilder.ReceiverUserId, WorkedAt.AddDays(1));
        lead.ReportWon(Receiver, 1_000_000, null, LeadBuilder.ReceiverUserId, WorkedAt.AddDays(2));

        var added = lead.Events.Skip(eventsBefore).ToList();
        Assert.Equal([LeadAction.StageChanged, LeadAction.StageChanged, LeadAction.Won], added.Select(e => e.Action));
        Assert.Equal([LeadStatus.Accepted, LeadStatus.Accepted, LeadStatus.Accepted], added.Select(e => e.FromStatus!.Value));
        Assert.Equal([LeadStatus.Accepted, LeadStatus.Accepted, LeadStatus.Won], added.Select(e => e.ToStatus));
        Assert.Equal(WorkedAt.AddDays(2), lead.UpdatedAtUtc);
    }
}
