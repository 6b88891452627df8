using Matchmaker.Domain.Catalog;
using Matchmaker.Domain.Leads;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Matchmaker.Data.Configurations;

internal sealed class LeadProductAreaConfiguration : IEntityTypeConfiguration<LeadProductArea>
{
    public void Configure(EntityTypeBuilder<LeadProductArea> builder)
    {
        builder.HasKey(p => new { p.LeadId, p.ProductAreaId });
        builder.HasIndex(p => new { p.ProductAreaId, p.LeadId });
        builder.HasOne<ProductArea>().WithMany().HasForeignKey(p => p.ProductAreaId).OnDelete(DeleteBehavior.Restrict);
    }
}
