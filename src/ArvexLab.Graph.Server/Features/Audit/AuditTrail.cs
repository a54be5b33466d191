using System.Text.Json;
using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Data.Entities;

namespace ArvexLab.Graph.Server.Features.Audit;

/// <summary>Appends audit events to the unit of work, so they commit (or not) with the change they record.</summary>
public static class AuditTrail
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void Record(this GraphDbContext db, string actor, string action, string entityType, long entityId,
        object? before = null, object? after = null, long? vendorId = null, long? documentId = null, string? comment = null)
    {
        db.ReviewEvents.Add(new ReviewEvent
        {
            Actor = actor,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            VendorId = vendorId,
            DocumentId = documentId,
            Before = before is null ? null : JsonSerializer.Serialize(before, Json),
            After = after is null ? null : JsonSerializer.Serialize(after, Json),
            Comment = comment,
            OccurredAt = DateTimeOffset.UtcNow,
        });
    }
}
