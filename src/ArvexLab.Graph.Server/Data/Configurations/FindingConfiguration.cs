using ArvexLab.Graph.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ArvexLab.Graph.Server.Data.Configurations;

/// <summary>What every finding table shares; each finding kind has its own table (no inheritance mapping).</summary>
internal abstract class FindingConfiguration<T> : IEntityTypeConfiguration<T>
    where T : Finding
{
    public virtual void Configure(EntityTypeBuilder<T> builder)
    {
        builder.Property(f => f.ReviewComment).HasMaxLength(Lengths.Notes);
        builder.Property(f => f.ReviewedBy).HasMaxLength(Lengths.Person);
        builder.Property(f => f.Version).IsConcurrencyToken();
        builder.HasOne<Organization>().WithMany().HasForeignKey(f => f.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => f.DocumentId);
        builder.HasIndex(f => new { f.OrganizationId, f.ReviewState });
    }
}
