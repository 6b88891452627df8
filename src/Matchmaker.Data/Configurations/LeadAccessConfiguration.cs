using Matchmaker.Domain.Leads;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Matchmaker.Data.Configurations;

internal sealed class LeadAccessConfiguration : IEntityTypeConfiguration<LeadAccess>
{
    public void Configure(EntityTypeBuilder<LeadAccess> builder)
    {
        builder.ToTable("LeadAccessLog");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.UserId).HasMaxLength(450).IsRequired();
        builder.Property(a => a.Role).HasMaxLength(32).IsRequired();
        builder.HasOne<Lead>().WithMany().HasForeignKey(a => a.LeadId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.LeadId, a.AtUtc });
    }
}
