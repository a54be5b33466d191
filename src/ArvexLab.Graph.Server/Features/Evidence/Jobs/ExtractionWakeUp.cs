using System.Threading.Channels;

namespace ArvexLab.Graph.Server.Features.Evidence.Jobs;

/// <summary>
/// Wakes this node's idle extraction workers when a job was queued (an upload or re-extract committed here, or on
/// PostgreSQL a status notification from any node), so they claim it at once instead of at the next poll. Only a
/// hint: the claim decides what is due, so a spurious wake costs one query, and a lost one is caught by the poll.
/// </summary>
public sealed class ExtractionWakeUp(ExtractionSettings settings)
{
    // One pending signal per worker is enough to wake them all; more would only cause empty claims later.
    private readonly Channel<bool> signals = Channel.CreateBounded<bool>(new BoundedChannelOptions(Math.Max(1, settings.WorkerCount))
    {
        FullMode = BoundedChannelFullMode.DropWrite,
    });

    /// <summary>Call after the transaction that queued a job committed: an earlier wake could claim before the job is visible.</summary>
    public void JobQueued() => signals.Writer.TryWrite(true);

    /// <summary>Waits for a signal (true) or until <paramref name="timeout"/> passes (false). A signal sent while no worker waited is kept.</summary>
    public async Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (signals.Reader.TryRead(out _))
        {
            return true;
        }

        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        try
        {
            await signals.Reader.ReadAsync(timer.Token);
            return true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
