using Matchmaker.Domain.Common;
using Matchmaker.Domain.Organizations;
using Matchmaker.Domain.Tests.Builders;

namespace Matchmaker.Domain.Tests.Organizations;

public sealed class OrganizationStatusTransitionTests
{
    private const string Reason = "Checked against the partner network";
    private static readonly DateTime At = RegistrationBuilder.Now.AddDays(3);

    public enum Operation
    {
        Authorize,
        Reject,
        Suspend,
        Reinstate,
    }

    public static TheoryData<OrganizationStatus, Operation, OrganizationStatus> AllowedTransitions => new()
    {
        { OrganizationStatus.PendingVerification, Operation.Authorize, OrganizationStatus.Authorized },
        { OrganizationStatus.PendingVerification, Operation.Reject, OrganizationStatus.Rejected },
        { OrganizationStatus.Authorized, Operation.Suspend, OrganizationStatus.Suspended },
        { OrganizationStatus.Suspended, Operation.Reinstate, OrganizationStatus.Authorized },
    };

    public static TheoryData<OrganizationStatus, Operation> RefusedTransitions
    {
        get
        {
            var allowed = AllowedTransitions.Select(row => ((OrganizationStatus)row[0], (Operation)row[1])).ToHashSet();
            var refused = new TheoryData<OrganizationStatus, Operation>();
            foreach (var status in Enum.GetValues<OrganizationStatus>())
            {
                foreach (var operation in Enum.GetValues<Operation>())
                {
                    if (!allowed.Contains((status, operation)))
                    {
                        refused.Add(status, operation);
                    }
                }
            }

            return refused;
        }
    }

    [Theory]
    [MemberData(nameof(AllowedTransitions))]
    public void An_allowed_transition_changes_the_status_and_records_from_to_reason_who_and_when(
        OrganizationStatus from, Operation operation, OrganizationStatus to)
    {
        var organization = OrganizationStates.In(from);
        var historyBefore = organization.StatusChanges.Count;

        Apply(organization, operation, "admin-7", At);

        Assert.Equal(to, organization.Status);
        Assert.Equal(historyBefore + 1, organization.StatusChanges.Count);
        var entry = organization.StatusChanges.Last();
        Assert.Equal(from, entry.From);
        Assert.Equal(to, entry.To);
        Assert.Equal("admin-7", entry.ChangedByUserId);
        Assert.Equal(At, entry.ChangedAtUtc);
        Assert.Equal(NeedsReason(operation) ? Reason : null, entry.Reason);
        Assert.Equal(entry.Reason, organization.StatusReason);
    }

    [Theory]
    [MemberData(nameof(RefusedTransitions))]
    public void Every_other_transition_is_refused_and_changes_nothing(OrganizationStatus from, Operation operation)
    {
        var organization = OrganizationStates.In(from);
        var historyBefore = organization.StatusChanges.Count;
        var reasonBefore = organization.StatusReason;

        var refused = Assert.Throws<DomainException>(() => Apply(organization, operation, "admin-7", At));

        Assert.Contains("cannot become", refused.Message, StringComparison.Ordinal);
        Assert.Equal(from, organization.Status);
        Assert.Equal(reasonBefore, organization.StatusReason);
        Assert.Equal(historyBefore, organization.StatusChanges.Count);
    }

    [Fact]
    public void The_refusal_message_names_both_statuses_in_plain_words()
    {
        var organization = OrganizationStates.In(OrganizationStatus.Authorized);

        var refused = Assert.Throws<DomainException>(() => organization.Reinstate("admin-7", At));

        Assert.Equal("An organization that is authorized cannot become authorized.", refused.Message);
    }

    [Fact]
    public void Authorizing_records_when_the_organization_was_authorized()
    {
        var organization = OrganizationStates.In(OrganizationStatus.PendingVerification);

        organization.Authorize("admin-7", At);

        Assert.True(organization.IsAuthorized);
        Assert.Equal(At, organization.AuthorizedAtUtc);
        Assert.Null(organization.StatusReason);
    }

    [Fact]
    public void The_full_history_of_a_suspended_and_reinstated_organization_is_kept_in_order()
    {
        var organization = new RegistrationBuilder().Register("registrant-1");

        organization.Authorize("admin-1", At);
        organization.Suspend("Complaint under review", "admin-2", At.AddDays(1));
        organization.Reinstate("admin-1", At.AddDays(2));

        var history = organization.StatusChanges
            .Select(c => (c.From, c.To, c.Reason, c.ChangedByUserId, c.ChangedAtUtc)).ToList();
        Assert.Equal(
            [
                (null, OrganizationStatus.PendingVerification, "Registered", "registrant-1", RegistrationBuilder.Now),
                (OrganizationStatus.PendingVerification, OrganizationStatus.Authorized, null, "admin-1", At),
                (OrganizationStatus.Authorized, OrganizationStatus.Suspended, "Complaint under review", "admin-2", At.AddDays(1)),
                (OrganizationStatus.Suspended, OrganizationStatus.Authorized, null, "admin-1", At.AddDays(2)),
            ],
            history);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Rejecting_needs_a_reason(string? reason)
    {
        var organization = OrganizationStates.In(OrganizationStatus.PendingVerification);

        var refused = Assert.Throws<DomainException>(() => organization.Reject(reason!, "admin-7", At));

        Assert.Equal("Reason is required.", refused.Message);
        Assert.Equal(OrganizationStatus.PendingVerification, organization.Status);
        Assert.Single(organization.StatusChanges);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Suspending_needs_a_reason(string? reason)
    {
        var organization = OrganizationStates.In(OrganizationStatus.Authorized);

        var refused = Assert.Throws<DomainException>(() => organization.Suspend(reason!, "admin-7", At));

        Assert.Equal("Reason is required.", refused.Message);
        Assert.Equal(OrganizationStatus.Authorized, organization.Status);
    }

    [Fact]
    public void A_reason_longer_than_500_characters_is_refused()
    {
        var organization = OrganizationStates.In(OrganizationStatus.Authorized);

        var refused = Assert.Throws<DomainException>(() => organization.Suspend(new string('x', 501), "admin-7", At));

        Assert.Equal("Reason must be at most 500 characters.", refused.Message);
        Assert.Equal(OrganizationStatus.Authorized, organization.Status);
    }

    [Fact]
    public void The_reason_is_stored_without_surrounding_spaces()
    {
        var organization = OrganizationStates.In(OrganizationStatus.PendingVerification);

        organization.Reject("  Not a vendor partner  ", "admin-7", At);

        Assert.Equal("Not a vendor partner", organization.StatusReason);
        Assert.Equal("Not a vendor partner", organization.StatusChanges.Last().Reason);
    }

    private static bool NeedsReason(Operation operation) => operation is Operation.Reject or Operation.Suspend;

    private static void Apply(PartnerOrganization organization, Operation operation, string by, DateTime at)
    {
        switch (operation)
        {
            case Operation.Authorize:
                organization.Authorize(by, at);
                break;
            case Operation.Reject:
                organization.Reject(Reason, by, at);
                break;
            case Operation.Suspend:
                organization.Suspend(Reason, by, at);
                break;
            case Operation.Reinstate:
                organization.Reinstate(by, at);
                break;
        }
    }
}
