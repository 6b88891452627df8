using Matchmaker.Domain.Leads;
using Matchmaker.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Matchmaker.Data.Configurations;

internal sealed class LeadConfiguration : IEntityTypeConfiguration<Lead>
{
    public void Configure(EntityTypeBuilder<Lead> builder)
    {
        builder.HasKey(l => l.Id);
        builder.Property(l => l.SubmittedByUserId).HasMaxLength(450).IsRequired();
        builder.Property(l => l.CustomerCompany).HasMaxLength(200).IsRequired();
        builder.Property(l => l.NormalizedCompany).HasMaxLength(200).IsRequired();
        builder.Property(l => l.ContactName).HasMaxLength(100).IsRequired();
        builder.Property(l => l.ContactEmail).HasMaxLength(256).IsRequired();
        builder.Property(l => l.ContactPhone).HasMaxLength(30);
        builder.Property(l => l.CustomerCity).HasMaxLength(100).IsRequired();
        builder.Property(l => l.CustomerState).HasMaxLength(2).IsRequired();
        builder.Property(l => l.CustomerPostalCode).HasMaxLength(10).IsRequired();
        builder.Property(l => l.CustomerZip5).HasMaxLength(5).IsRequired();
        builder.Property(l => l.CustomerEmailDomain).HasMaxLength(256);
        builder.Property(l => l.Need).HasMaxLength(4000).IsRequired();
        builder.Property(l => l.OutcomeText).HasMaxLength(1000);
        builder.Property(l => l.RejectionText).HasMaxLength(1000);
        builder.Property(l => l.ClaimedByUserId).HasMaxLength(450);
        builder.HasVersion();

        builder.HasOne<PartnerOrganization>().WithMany().HasForeignKey(l => l.OwnerOrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Lead>().WithMany().HasForeignKey(l => l.PossibleDuplicateOfLeadId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(l => l.Referrals).WithOne().HasForeignKey(r => r.LeadId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(l => l.Events).WithOne().HasForeignKey(e => e.LeadId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(l => l.ProductAreas).WithOne().HasForeignKey(p => p.LeadId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(l => l.Referrals).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(l => l.Events).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(l => l.ProductAreas).UsePropertyAccessMode(PropertyAccessMode.Field);

        // The owner's list: filtered by status and route, sorted by date or value.
        builder.HasIndex(l => new { l.OwnerOrganizationId, l.SubmittedAtUtc });
        builder.HasIndex(l => new { l.OwnerOrganizationId, l.Status, l.SubmittedAtUtc });
        builder.HasIndex(l => new { l.OwnerOrganizationId, l.EstimatedValueCents });
        // The review queue: by age, by value, by state, and "assigned to me" (keyset paging on each, with Id as tie-breaker).
        builder.HasIndex(l => new { l.Status, l.SubmittedAtUtc, l.Id });
        builder.HasIndex(l => new { l.Status, l.EstimatedValueCents, l.Id });
        builder.HasIndex(l => new { l.Status, l.CustomerState, l.Id });
        builder.HasIndex(l => new { l.Status, l.ClaimedByUserId, l.SubmittedAtUtc });
        // Duplicate detection within the window.
        builder.HasIndex(l => new { l.NormalizedCompany, l.SubmittedAtUtc });
    }
}
