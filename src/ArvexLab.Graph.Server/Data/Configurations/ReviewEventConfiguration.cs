using ArvexLab.Graph.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ArvexLab.Graph.Server.Data.Configurations;

internal sealed class ReviewEventConfiguration : IEntityTypeConfiguration<ReviewEvent>
{
    public void Configure(EntityTypeBuilder<ReviewEvent> builder)
    {
        builder.Property(e => e.EntityType).HasMaxLength(Lengths.Key);
        builder.Property(e => e.Action).HasMaxLength(Lengths.Code);
        builder.Property(e => e.Actor).HasMaxLength(Lengths.Person);
        builder.Property(e => e.Comment).HasMaxLength(Lengths.Notes);

        builder.HasOne<Organization>().WithMany().HasForeignKey(e => e.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        // No foreign keys to vendors or documents on purpose: the audit trail outlives what it describes.
        builder.HasIndex(e => new { e.OrganizationId, e.DocumentId, e.OccurredAt });
        builder.HasIndex(e => new { e.OrganizationId, e.VendorId, e.OccurredAt });
        builder.HasIndex(e => new { e.OrganizationId, e.EntityType, e.EntityId });
    }
}
