using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Data.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Features.Evidence.Live;

/// <summary>
/// What the extraction worker calls after it committed a status change: this node's subscribers re-read at once, and
/// in PostgresNotify mode every other node is told through <c>NOTIFY</c>. Never throws: a lost notification only
/// delays the update until the next poll, it must not fail the extraction.
/// </summary>
public sealed class EvidenceStatusNotifier(EvidenceStatusFeed feed, GraphDbContextActivator activator, LiveStatusSettings settings, ILogger<EvidenceStatusNotifier> logger)
{
    public async Task PublishAsync(long documentId)
    {
        try
        {
            await feed.RefreshAsync([documentId], CancellationToken.None);
            if (settings.Mode == LiveStatusMode.PostgresNotify)
            {
                await using var db = activator.Create(SystemTenantContext.Instance);
                var payload = documentId.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await db.Database.ExecuteSqlAsync($"SELECT pg_notify({LiveStatusSettings.Channel}, {payload})");
            }
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Could not publish the status change of evidence document {Document}; subscribers see it at the next poll", documentId);
        }
    }
}
