using ArvexLab.Graph.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ArvexLab.Graph.Server.Data.Configurations;

internal sealed class ExtractionJobConfiguration : IEntityTypeConfiguration<ExtractionJob>
{
    public void Configure(EntityTypeBuilder<ExtractionJob> builder)
    {
        builder.Property(j => j.LeaseOwner).HasMaxLength(Lengths.Key);
        builder.Property(j => j.LastErrorCode).HasMaxLength(Lengths.Code);
        builder.Property(j => j.LastErrorMessage).HasMaxLength(Lengths.ShortText);

        builder.HasOne<Organization>().WithMany().HasForeignKey(j => j.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(j => j.Document).WithMany().HasForeignKey(j => j.DocumentId).OnDelete(DeleteBehavior.Cascade);

        // The claim query: next due job that is queued, or running with an expired lease.
        builder.HasIndex(j => new { j.Status, j.NotBefore });
        builder.HasIndex(j => j.DocumentId);
    }
}
