using ArvexLab.Graph.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ArvexLab.Graph.Server.Data.Configurations;

internal sealed class EvidenceDocumentConfiguration : IEntityTypeConfiguration<EvidenceDocument>
{
    public void Configure(EntityTypeBuilder<EvidenceDocument> builder)
    {
        builder.Property(d => d.Title).HasMaxLength(Lengths.ShortText);
        builder.Property(d => d.FileName).HasMaxLength(Lengths.FileName);
        builder.Property(d => d.Sha256).HasMaxLength(Lengths.Sha256Hex).IsFixedLength();
        builder.Property(d => d.FailureCode).HasMaxLength(Lengths.Code);
        builder.Property(d => d.FailureMessage).HasMaxLength(Lengths.ShortText);
        builder.Property(d => d.Auditor).HasMaxLength(Lengths.Name);
        builder.Property(d => d.UploadedBy).HasMaxLength(Lengths.Person);
        builder.PrimitiveCollection(d => d.CoversServices).ElementType().HasMaxLength(Lengths.Name);
        builder.Property(d => d.Version).IsConcurrencyToken();

        builder.HasOne<Organization>().WithMany().HasForeignKey(d => d.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        // Findings carry human review decisions: removing a document never takes them along silently.
        builder.HasMany(d => d.Fields).WithOne(f => f.Document).HasForeignKey(f => f.DocumentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(d => d.Controls).WithOne(f => f.Document).HasForeignKey(f => f.DocumentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(d => d.Exceptions).WithOne(f => f.Document).HasForeignKey(f => f.DocumentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(d => d.Cuecs).WithOne(f => f.Document).HasForeignKey(f => f.DocumentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(d => d.SubserviceOrganizations).WithOne(f => f.Document).HasForeignKey(f => f.DocumentId).OnDelete(DeleteBehavior.Restrict);

        builder.HasIndex(d => new { d.VendorId, d.UploadedAt });
        // The same file uploaded twice for one vendor is one document (upload deduplicates on this).
        builder.HasIndex(d => new { d.OrganizationId, d.VendorId, d.Sha256 }).IsUnique();
        builder.HasIndex(d => new { d.OrganizationId, d.Status });
        builder.HasIndex(d => new { d.OrganizationId, d.Kind, d.ExpiryDate });
    }
}
