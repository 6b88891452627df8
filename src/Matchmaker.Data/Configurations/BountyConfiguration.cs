using Matchmaker.Domain.Bounties;
using Matchmaker.Domain.Leads;
using Matchmaker.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Matchmaker.Data.Configurations;

internal sealed class BountyConfiguration : IEntityTypeConfiguration<Bounty>
{
    public void Configure(EntityTypeBuilder<Bounty> builder)
    {
        builder.HasKey(b => b.Id);
        builder.Property(b => b.DecidedByUserId).HasMaxLength(450);
        builder.Property(b => b.PaidByUserId).HasMaxLength(450);
        builder.Property(b => b.DuplicateOverrideReason).HasMaxLength(500);
        builder.Property(b => b.RejectionText).HasMaxLength(1000);
        builder.Property(b => b.PaymentReference).HasMaxLength(100);
        builder.HasVersion();

        // At most one bounty per lead, whatever the timing: a constraint, not only a check.
        builder.HasIndex(b => b.LeadId).IsUnique();
        builder.HasIndex(b => new { b.Status, b.CreatedAtUtc });
        builder.HasIndex(b => new { b.BeneficiaryOrganizationId, b.CreatedAtUtc });
        builder.HasOne<Lead>().WithMany().HasForeignKey(b => b.LeadId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PartnerOrganization>().WithMany().HasForeignKey(b => b.BeneficiaryOrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PartnerOrganization>().WithMany().HasForeignKey(b => b.ReceiverOrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}
