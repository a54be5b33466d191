using ArvexLab.Graph.Server.Data.Entities;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ArvexLab.Graph.Server.Data.Configurations;

internal sealed class CuecConfiguration : FindingConfiguration<Cuec>
{
    public override void Configure(EntityTypeBuilder<Cuec> builder)
    {
        base.Configure(builder);
        builder.Property(c => c.Owner).HasMaxLength(Lengths.Person);
        builder.PrimitiveCollection(c => c.Criteria).ElementType().HasMaxLength(Lengths.Ref);
        builder.HasIndex(c => new { c.OrganizationId, c.Status });
    }
}
