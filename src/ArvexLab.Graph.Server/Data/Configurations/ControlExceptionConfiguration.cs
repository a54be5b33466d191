using ArvexLab.Graph.Server.Data.Entities;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ArvexLab.Graph.Server.Data.Configurations;

internal sealed class ControlExceptionConfiguration : FindingConfiguration<ControlException>
{
    public override void Configure(EntityTypeBuilder<ControlException> builder)
    {
        base.Configure(builder);
        builder.Property(e => e.ControlRef).HasMaxLength(Lengths.Ref);
        builder.PrimitiveCollection(e => e.Criteria).ElementType().HasMaxLength(Lengths.Ref);
        builder.HasIndex(e => e.ControlId);
    }
}
