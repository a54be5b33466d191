using ArvexLab.Graph.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ArvexLab.Graph.Server.Data.Configurations;

internal sealed class WebhookSubscriptionConfiguration : IEntityTypeConfiguration<WebhookSubscription>
{
    public void Configure(EntityTypeBuilder<WebhookSubscription> builder)
    {
        builder.Property(s => s.PartnerClientId).HasMaxLength(Lengths.Key);
        builder.Property(s => s.Url).HasMaxLength(Lengths.Url);
        builder.Property(s => s.Secret).HasMaxLength(Lengths.Key);
        builder.PrimitiveCollection(s => s.ChangeTypes).ElementType().HasMaxLength(Lengths.Code);
        builder.PrimitiveCollection(s => s.Events).ElementType().HasMaxLength(Lengths.Code);
        builder.Property(s => s.DisabledReason).HasMaxLength(Lengths.ShortText);
        builder.Property(s => s.CreatedBy).HasMaxLength(Lengths.Person);
        builder.HasOne<Organization>().WithMany().HasForeignKey(s => s.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.OrganizationId, s.Enabled });
    }
}
