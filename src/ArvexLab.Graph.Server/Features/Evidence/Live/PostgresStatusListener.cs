using System.Globalization;
using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Features.Evidence.Jobs;
using Npgsql;

namespace ArvexLab.Graph.Server.Features.Evidence.Live;

/// <summary>
/// PostgresNotify mode: one connection per node LISTENs on <see cref="LiveStatusSettings.Channel"/>; each
/// notification (a document id) makes the feed re-read that document. Does nothing in Poll mode. After a (re)connect everything watched is
/// re-read, since notifications sent while disconnected are gone. A notification also wakes this node's idle extraction
/// workers: the upload or re-extract that queued a job on another node publishes QUEUED this way.
/// </summary>
public sealed class PostgresStatusListener(EvidenceStatusFeed feed, GraphDataSettings data, LiveStatusSettings settings, ILogger<PostgresStatusListener> logger,
    ExtractionWakeUp? wakeUp = null) : BackgroundService
{
    private static readonly TimeSpan ReconnectDelay = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (settings.Mode != LiveStatusMode.PostgresNotify)
        {
            return;
        }

        // Keepalive makes a silently dropped connection fail instead of waiting forever.
        var connectionString = new NpgsqlConnectionStringBuilder(data.PostgresConnectionString) { KeepAlive = 30 }.ConnectionString;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(connectionString, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Listening for evidence status notifications failed; reconnecting in {Delay}", ReconnectDelay);
                await Task.Delay(ReconnectDelay, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private async Task ListenAsync(string connectionString, CancellationToken stoppingToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(stoppingToken);
        connection.Notification += (_, e) =>
        {
            if (long.TryParse(e.Payload, NumberStyles.None, CultureInfo.InvariantCulture, out var documentId))
            {
                // Any status change may be a queued job; a wake that finds nothing due costs one claim query.
                wakeUp?.JobQueued();
                // Fire and forget: the feed serializes its reads, and waiting here would stall the connection.
                _ = RefreshAsync(documentId, stoppingToken);
            }
        };
        await using (var listen = new NpgsqlCommand($"LISTEN {LiveStatusSettings.Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        await feed.RefreshAsync(feed.WatchedDocuments, stoppingToken);
        while (true)
        {
            await connection.WaitAsync(stoppingToken);
        }
    }

    private async Task RefreshAsync(long documentId, CancellationToken stoppingToken)
    {
        try
        {
            await feed.RefreshAsync([documentId], stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Re-reading evidence document {Document} after a notification failed", documentId);
        }
    }
}
