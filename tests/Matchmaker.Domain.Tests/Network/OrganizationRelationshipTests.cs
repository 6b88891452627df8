using Matchmaker.Domain.Common;
using Matchmaker.Domain.Network;

namespace Matchmaker.Domain.Tests.Network;

public sealed class OrganizationRelationshipTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(RelationshipKind.Preferred)]
    [InlineData(RelationshipKind.Excluded)]
    public void An_organization_cannot_list_itself(RelationshipKind kind)
    {
        var ex = Assert.Throws<DomainException>(() => new OrganizationRelationship(5, 5, kind, "user-1", Now));

        Assert.Contains("cannot list itself", ex.Message);
    }

    [Fact]
    public void A_relationship_to_another_organization_keeps_who_added_it_and_when()
    {
        var relationship = new OrganizationRelationship(5, 7, RelationshipKind.Excluded, "user-1", Now);

        Assert.Equal(5, relationship.OrganizationId);
        Assert.Equal(7, relationship.OtherOrganizationId);
        Assert.Equal(RelationshipKind.Excluded, relationship.Kind);
        Assert.Equal("user-1", relationship.AddedByUserId);
        Assert.Equal(Now, relationship.AddedAtUtc);
    }
}
