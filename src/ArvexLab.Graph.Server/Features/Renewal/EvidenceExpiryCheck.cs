using System.Globalization;
using System.Text.Json;
using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Data.Tenancy;
using ArvexLab.Graph.Server.Features.Frameworks.Admin;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Features.Renewal;

/// <summary>
/// One pass of the renewal check over every organization: each current document that has come within a threshold
/// of its expiry gets one <see cref="EvidenceExpiryNotice"/>, one <c>EVIDENCE_EXPIRING</c> audit event and what the
/// <see cref="IEvidenceExpiryNotifier"/> adds (the partner webhook), committed together. The notice's unique key (document, threshold, expiry date) makes a pass idempotent, also when a restart
/// repeats it or several nodes run it at once: whoever inserts second backs off.
/// </summary>
public sealed class EvidenceExpiryCheck(
    GraphDbContextActivator activator,
    RenewalSettings settings,
    IEvidenceExpiryNotifier notifier,
    TimeProvider clock,
    ILogger<EvidenceExpiryCheck> logger)
{
    public const string Action = "EVIDENCE_EXPIRING";
    public const string Actor = "system:renewal";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Runs one pass for today (UTC) and returns the notices this call recorded.</summary>
    public async Task<IReadOnlyList<EvidenceExpiryNotification>> RunOnceAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        IReadOnlyList<DocumentExpiry> due;
        HashSet<(long, int, DateOnly)> recorded;
        await using (var db = activator.Create(SystemTenantContext.Instance))
        {
            due = await EvidenceExpiry.FindAsync(db.EvidenceDocuments, today, today.AddDays(settings.ThresholdDays[0]), cancellationToken);
            var ids = due.Select(d => d.Document.Id).ToList();
            recorded = (await db.EvidenceExpiryNotices.Where(n => ids.Contains(n.DocumentId))
                    .Select(n => new { n.DocumentId, n.ThresholdDays, n.ExpiresOn }).ToListAsync(cancellationToken))
                .Select(n => (n.DocumentId, n.ThresholdDays, n.ExpiresOn)).ToHashSet();
        }

        var notifications = new List<EvidenceExpiryNotification>();
        foreach (var expiry in due)
        {
            // The tightest threshold crossed: a document first seen 20 days out gets the 30-day notice, not the 90 one too.
            var threshold = settings.ThresholdDays.Where(t => expiry.DaysRemaining <= t).Min();
            if (!recorded.Contains((expiry.Document.Id, threshold, expiry.ExpiresOn))
                && await RecordAsync(expiry, threshold, cancellationToken) is { } notification)
            {
                notifications.Add(notification);
            }
        }

        return notifications;
    }

    private async Task<EvidenceExpiryNotification?> RecordAsync(DocumentExpiry expiry, int threshold, CancellationToken cancellationToken)
    {
        var document = expiry.Document;
        await using var db = activator.Create(SystemTenantContext.Instance);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.EvidenceExpiryNotices.Add(new EvidenceExpiryNotice
        {
            OrganizationId = document.OrganizationId,
            DocumentId = document.Id,
            VendorId = document.VendorId,
            ThresholdDays = threshold,
            ExpiresOn = expiry.ExpiresOn,
            RecordedAt = clock.GetUtcNow(),
        });
        db.ReviewEvents.Add(new ReviewEvent
        {
            OrganizationId = document.OrganizationId,
            VendorId = document.VendorId,
            DocumentId = document.Id,
            EntityType = nameof(EvidenceDocument),
            EntityId = document.Id,
            Action = Action,
            Actor = Actor,
            OccurredAt = clock.GetUtcNow(),
            After = JsonSerializer.Serialize(new
            {
                ExpiresOn = Iso(expiry.ExpiresOn),
                Basis = expiry.Basis.ToString(),
                ThresholdDays = threshold,
                expiry.DaysRemaining,
                expiry.Expired,
            }, Json),
            Comment = expiry.Expired
                ? $"Evidence expired on {Iso(expiry.ExpiresOn)}."
                : $"Evidence expires on {Iso(expiry.ExpiresOn)}, within {threshold} days.",
        });
        var notification = new EvidenceExpiryNotification(document.OrganizationId, document.VendorId, document.Id, document.Kind,
            expiry.ExpiresOn, expiry.Basis, threshold, expiry.DaysRemaining);
        await notifier.NotifyAsync(db, notification, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (CatalogEdits.IsUniqueViolation(e))
        {
            // Another node recorded the same notice between our read and our insert; the notifier's rows roll back with ours.
            return null;
        }

        logger.LogInformation("Evidence document {DocumentId} expires {ExpiresOn} ({Days} days): notice for the {Threshold}-day threshold",
            document.Id, expiry.ExpiresOn, expiry.DaysRemaining, threshold);
        return notification;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
