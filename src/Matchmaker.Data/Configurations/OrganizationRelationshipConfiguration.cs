using Matchmaker.Domain.Network;
using Matchmaker.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Matchmaker.Data.Configurations;

internal sealed class OrganizationRelationshipConfiguration : IEntityTypeConfiguration<OrganizationRelationship>
{
    public void Configure(EntityTypeBuilder<OrganizationRelationship> builder)
    {
        builder.ToTable("OrganizationRelationships");
        // One row per pair: an organization is a preferred peer or excluded, never both.
        builder.HasKey(r => new { r.OrganizationId, r.OtherOrganizationId });
        builder.Property(r => r.AddedByUserId).HasMaxLength(450).IsRequired();
        builder.HasIndex(r => new { r.OrganizationId, r.Kind });
        builder.HasOne<PartnerOrganization>().WithMany().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PartnerOrganization>().WithMany().HasForeignKey(r => r.OtherOrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}
