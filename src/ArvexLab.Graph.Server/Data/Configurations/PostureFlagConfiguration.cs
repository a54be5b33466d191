using ArvexLab.Graph.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ArvexLab.Graph.Server.Data.Configurations;

internal sealed class PostureFlagConfiguration : IEntityTypeConfiguration<PostureFlag>
{
    public void Configure(EntityTypeBuilder<PostureFlag> builder)
    {
        builder.Property(f => f.Message).HasMaxLength(Lengths.ShortText);
        builder.Property(f => f.Subject).HasMaxLength(Lengths.ShortText);

        builder.HasOne<Organization>().WithMany().HasForeignKey(f => f.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        // A flag cites a document; removing the document recomputes posture, so the link may simply lapse.
        builder.HasOne(f => f.Document).WithMany().HasForeignKey(f => f.DocumentId).OnDelete(DeleteBehavior.SetNull);

        builder.HasIndex(f => new { f.OrganizationId, f.Code });
    }
}
