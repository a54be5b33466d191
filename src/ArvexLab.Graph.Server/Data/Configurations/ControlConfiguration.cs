using ArvexLab.Graph.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ArvexLab.Graph.Server.Data.Configurations;

internal sealed class ControlConfiguration : FindingConfiguration<Control>
{
    public override void Configure(EntityTypeBuilder<Control> builder)
    {
        base.Configure(builder);
        builder.Property(c => c.Ref).HasMaxLength(Lengths.Ref);
        builder.Property(c => c.ResultText).HasMaxLength(Lengths.Notes);
        builder.PrimitiveCollection(c => c.Criteria).ElementType().HasMaxLength(Lengths.Ref);
        // A reviewed exception outlives a replaced control; it keeps its ControlRef text.
        builder.HasMany(c => c.Exceptions).WithOne(e => e.Control).HasForeignKey(e => e.ControlId).OnDelete(DeleteBehavior.ClientSetNull);
        builder.HasMany(c => c.Mappings).WithOne(m => m.Control).HasForeignKey(m => m.ControlId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.DocumentId, c.Ref });
    }
}
