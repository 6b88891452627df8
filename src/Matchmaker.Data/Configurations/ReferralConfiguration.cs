using Matchmaker.Domain.Leads;
using Matchmaker.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Matchmaker.Data.Configurations;

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.OfferedByUserId).HasMaxLength(450).IsRequired();
        builder.Property(r => r.RespondedByUserId).HasMaxLength(450);
        builder.Property(r => r.DeclineText).HasMaxLength(1000);
        builder.HasVersion();
        builder.Ignore(r => r.IsPending);
        builder.Ignore(r => r.ClosedByReceiver);
        builder.HasOne<PartnerOrganization>().WithMany().HasForeignKey(r => r.ReceiverOrganizationId).OnDelete(DeleteBehavior.Restrict);

        // A lead is offered to an organization at most once: who declined or let it expire is never asked again.
        builder.HasIndex(r => new { r.LeadId, r.ReceiverOrganizationId }).IsUnique();
        // At most one accepted referral per lead, whatever the timing of requests.
        builder.HasIndex(r => r.LeadId).IsUnique().HasFilter("\"Status\" = 'Accepted'").HasDatabaseName("IX_Referrals_OneAcceptedPerLead");
        // A receiver's incoming offers, and the expiry job's scan.
        builder.HasIndex(r => new { r.ReceiverOrganizationId, r.Status, r.DeadlineUtc });
        builder.HasIndex(r => new { r.Status, r.DeadlineUtc });
    }
}
