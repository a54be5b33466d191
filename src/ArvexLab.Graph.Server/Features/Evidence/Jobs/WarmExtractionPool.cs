using System.Diagnostics;

namespace ArvexLab.Graph.Server.Features.Evidence.Jobs;

/// <summary>
/// The idle warm tool processes of this server: an extraction takes one or starts one, and gives it back after an
/// answer. Never reused after a timeout, a crash or an unreadable answer; retired after
/// <c>Extraction:DocumentsPerProcess</c> documents or <c>Extraction:IdleProcessSeconds</c> idle, so the memory a
/// large document made it take is returned. At most <c>Extraction:Workers</c> are kept idle; every process it
/// started and that is still alive is ended on <see cref="Dispose"/>.
/// </summary>
public sealed class WarmExtractionPool : IDisposable
{
    private readonly ExtractionSettings settings;
    private readonly ILogger logger;
    private readonly Stack<WarmExtractionProcess> idle = new();
    private readonly HashSet<WarmExtractionProcess> live = [];
    private readonly Timer idleCheck;
    private int started;
    private bool disposed;

    public WarmExtractionPool(ExtractionSettings settings, ILogger logger)
    {
        this.settings = settings;
        this.logger = logger;
        var period = TimeSpan.FromTicks(Math.Clamp(settings.IdleProcessLifetime.Ticks / 4, TimeSpan.FromMilliseconds(100).Ticks, TimeSpan.FromSeconds(30).Ticks));
        idleCheck = new Timer(_ => RetireIdle(), null, period, period);
    }

    /// <summary>Processes started so far (a testing seam: two documents in one process leave it at 1).</summary>
    internal int ProcessesStarted => Volatile.Read(ref started);

    /// <summary>The pids of the processes alive now, idle or busy.</summary>
    internal IReadOnlyList<int> LiveProcessIds
    {
        get
        {
            lock (live)
            {
                return live.Select(p => p.Id).ToList();
            }
        }
    }

    /// <summary>An idle warm process, or a new one started from <paramref name="info"/> (throws <see cref="System.ComponentModel.Win32Exception"/> if it cannot start).</summary>
    public WarmExtractionProcess Take(Func<ProcessStartInfo> info)
    {
        List<WarmExtractionProcess> dead = [];
        try
        {
            lock (live)
            {
                ObjectDisposedException.ThrowIf(disposed, this);
                while (idle.TryPop(out var process))
                {
                    if (!process.HasExited)
                    {
                        return process;
                    }

                    // Died while idle (killed, out of memory): replaced below.
                    Forget(process, "it exited while idle", dead);
                }
            }
        }
        finally
        {
            EndAll(dead);
        }

        var fresh = WarmExtractionProcess.Start(info(), settings.Timeout);
        Interlocked.Increment(ref started);
        lock (live)
        {
            live.Add(fresh);
            if (!disposed)
            {
                return fresh;
            }
        }

        fresh.Dispose();
        throw new ObjectDisposedException(nameof(WarmExtractionPool));
    }

    /// <summary>Back after an answer: kept for the next document, or ended if broken, worn out, surplus or the pool is closing.</summary>
    public void Return(WarmExtractionProcess process)
    {
        lock (live)
        {
            var reason = process.Broken ? "it failed"
                : process.DocumentsDone >= settings.DocumentsPerProcess ? $"it extracted {process.DocumentsDone} documents"
                : disposed ? "the server is stopping"
                : idle.Count >= Math.Max(1, settings.WorkerCount) ? "enough processes are idle"
                : null;
            if (reason is null)
            {
                process.IdleSinceTicks = Environment.TickCount64;
                process.WasIdle = true;
                idle.Push(process);
                return;
            }

            live.Remove(process);
            logger.LogDebug("Ending warm extraction process {Pid} because {Reason}", process.Id, reason);
        }

        // Outside the lock: a graceful end may take a moment, and other workers should not wait for it.
        process.Dispose();
    }

    private void RetireIdle()
    {
        List<WarmExtractionProcess> retired = [];
        lock (live)
        {
            if (disposed || idle.Count == 0)
            {
                return;
            }

            var now = Environment.TickCount64;
            var keep = idle.Where(p => now - p.IdleSinceTicks < settings.IdleProcessLifetime.TotalMilliseconds && !p.HasExited).Reverse().ToList();
            foreach (var process in idle.Except(keep).ToList())
            {
                Forget(process, "it was idle too long", retired);
            }

            idle.Clear();
            foreach (var process in keep)
            {
                idle.Push(process);
            }
        }

        EndAll(retired);
    }

    /// <summary>Caller holds the lock on <see cref="live"/>; the process is ended by <see cref="EndAll"/> once the lock is released.</summary>
    private void Forget(WarmExtractionProcess process, string reason, List<WarmExtractionProcess> toEnd)
    {
        live.Remove(process);
        logger.LogDebug("Ending warm extraction process {Pid} because {Reason}", process.Id, reason);
        toEnd.Add(process);
    }

    /// <summary>Outside the lock: a graceful end waits up to 2 s, and other workers should not wait for it.</summary>
    private static void EndAll(List<WarmExtractionProcess> processes)
    {
        foreach (var process in processes)
        {
            process.Dispose();
        }
    }

    public void Dispose()
    {
        idleCheck.Dispose();
        List<WarmExtractionProcess> all;
        lock (live)
        {
            disposed = true;
            all = [.. live];
            live.Clear();
            idle.Clear();
        }

        // Busy ones too: their extraction ends with WORKER_CRASHED or, as the host stops, a cancellation.
        foreach (var process in all)
        {
            process.Dispose();
        }
    }
}
