using Matchmaker.Domain.Catalog;
using Matchmaker.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Matchmaker.Data.Configurations;

internal sealed class OrganizationProductAreaConfiguration : IEntityTypeConfiguration<OrganizationProductArea>
{
    public void Configure(EntityTypeBuilder<OrganizationProductArea> builder)
    {
        builder.HasKey(p => new { p.OrganizationId, p.ProductAreaId });
        // Matching looks organizations up by product area.
        builder.HasIndex(p => new { p.ProductAreaId, p.OrganizationId });
        builder.HasOne<ProductArea>().WithMany().HasForeignKey(p => p.ProductAreaId).OnDelete(DeleteBehavior.Restrict);
    }
}
