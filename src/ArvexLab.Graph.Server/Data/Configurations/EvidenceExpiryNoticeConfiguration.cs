using ArvexLab.Graph.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ArvexLab.Graph.Server.Data.Configurations;

internal sealed class EvidenceExpiryNoticeConfiguration : IEntityTypeConfiguration<EvidenceExpiryNotice>
{
    public void Configure(EntityTypeBuilder<EvidenceExpiryNotice> builder)
    {
        builder.HasOne<Organization>().WithMany().HasForeignKey(n => n.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        // A notice means nothing without its document; the audit event it wrote stays in the trail.
        builder.HasOne<EvidenceDocument>().WithMany().HasForeignKey(n => n.DocumentId).OnDelete(DeleteBehavior.Cascade);

        // One notice per document, threshold and expiry date: a second node (or a restart) inserting it again fails here.
        builder.HasIndex(n => new { n.DocumentId, n.ThresholdDays, n.ExpiresOn }).IsUnique();
        builder.HasIndex(n => new { n.OrganizationId, n.RecordedAt });
    }
}
