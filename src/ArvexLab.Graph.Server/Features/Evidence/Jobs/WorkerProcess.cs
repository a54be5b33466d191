using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ArvexLab.Graph.Server.Features.Evidence.Jobs;

/// <summary>
/// A worker process, identified precisely enough that another process of the same host can tell whether it still
/// runs: the host key (host name, kernel boot id and pid namespace, hashed), the pid, and the pid's start time so a
/// reused pid is never mistaken for the dead owner. Lease owners begin with it:
/// <c>{host name, at most 32 chars}/{host key}:{pid}:{start ticks}:</c>.
/// <para>
/// The pid namespace is part of the host: containers that share a host name but not a pid namespace (each sees only
/// its own pids) are different hosts to each other, so their jobs wait for the lease; so do jobs of a previous boot.
/// Linux only (read from /proc); elsewhere, or when /proc cannot show every process of the namespace (hidepid, a /proc
/// of another namespace), <see cref="Current"/> is null and leases simply expire.
/// </para>
/// </summary>
public sealed record WorkerProcess(string HostLabel, string HostKey, int Pid, long StartTicks)
{
    private static readonly Lazy<string?> HostKeyOfThisHost = new(ReadHostKey);
    private static readonly Lazy<WorkerProcess?> CurrentProcess = new(() => Read(Environment.ProcessId));

    /// <summary>This process, or null when liveness cannot be judged on this system.</summary>
    public static WorkerProcess? Current => CurrentProcess.Value;

    /// <summary>What every lease owner of this host begins with.</summary>
    public string HostPrefix => $"{HostLabel}/{HostKey}:";

    /// <summary>What every lease owner of this process begins with.</summary>
    public string OwnerPrefix => $"{HostPrefix}{Pid}:{StartTicks.ToString(CultureInfo.InvariantCulture)}:";

    /// <summary>A name for this process's workers, unique even if the same process builds several (tests do).</summary>
    public static string NewNodeName()
    {
        var nonce = Guid.NewGuid().ToString("N")[..8];
        return Current is { } self ? self.OwnerPrefix + nonce : $"{Environment.MachineName}:{Environment.ProcessId}:{nonce}";
    }

    /// <summary>The process <paramref name="pid"/> of this host as it runs now, or null when there is none (or no /proc to ask).</summary>
    public static WorkerProcess? Read(int pid)
    {
        if (!OperatingSystem.IsLinux() || HostKeyOfThisHost.Value is not { } hostKey || Stat(pid) is not { Alive: true } stat)
        {
            return null;
        }

        return new WorkerProcess(HostLabelOf(Environment.MachineName), hostKey, pid, stat.StartTicks);
    }

    /// <summary>The process a lease owner names, or null when the owner was not written by <see cref="NewNodeName"/> with an identity.</summary>
    public static WorkerProcess? FromLeaseOwner(string owner)
    {
        var slash = owner.IndexOf('/', StringComparison.Ordinal);
        var parts = slash < 0 ? [] : owner[(slash + 1)..].Split(':');
        return parts.Length >= 4
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
            && long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            ? new WorkerProcess(owner[..slash], parts[0], pid, start)
            : null;
    }

    /// <summary>
    /// True only when this process, of this host, is certainly gone: no such pid, a pid started at another time, or a
    /// zombie. Any doubt (another host, /proc unreadable) answers false, so a live worker never loses its job.
    /// </summary>
    public bool IsGoneFrom(WorkerProcess host)
    {
        if (HostKey != host.HostKey || HostLabel != host.HostLabel)
        {
            return false;
        }

        var stat = Stat(Pid);
        return stat is not null && (!stat.Value.Alive || stat.Value.StartTicks != StartTicks);
    }

    private static string HostLabelOf(string machineName) => machineName.Length > 32 ? machineName[..32] : machineName;

    private static string? ReadHostKey()
    {
        try
        {
            if (!ProcShowsEveryProcessOfOurNamespace())
            {
                return null;
            }

            var boot = File.ReadAllText("/proc/sys/kernel/random/boot_id").Trim();
            var pidNamespace = new FileInfo("/proc/self/ns/pid").LinkTarget;
            if (boot.Length == 0 || pidNamespace is not { Length: > 0 })
            {
                return null;
            }

            var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{Environment.MachineName}\n{boot}\n{pidNamespace}"));
            return Convert.ToHexStringLower(hash)[..16];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    // hidepid hides other users' processes (they would look dead); a /proc mounted for another pid namespace answers
    // for other processes than the pids we see.
    private static bool ProcShowsEveryProcessOfOurNamespace()
    {
        if (new FileInfo("/proc/self").LinkTarget != Environment.ProcessId.ToString(CultureInfo.InvariantCulture))
        {
            return false;
        }

        foreach (var line in File.ReadLines("/proc/self/mountinfo"))
        {
            var halves = line.Split(" - ", 2);
            var mount = halves[0].Split(' ');
            var filesystem = halves.Length == 2 ? halves[1].Split(' ') : [];
            if (mount.Length > 4 && mount[4] == "/proc" && filesystem.Length > 2 && filesystem[0] == "proc"
                && filesystem[2].Split(',').Any(o => o.StartsWith("hidepid=", StringComparison.Ordinal) && o is not ("hidepid=0" or "hidepid=off")))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Null when /proc cannot answer; Alive false when there is no such process or it is a zombie.</summary>
    private static (bool Alive, long StartTicks)? Stat(int pid)
    {
        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat");
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return (false, 0);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        // The command name (field 2) may hold spaces and parentheses: count fields after its closing one.
        // Field 3 is the state, field 22 the start time in clock ticks after boot.
        var fields = stat[(stat.LastIndexOf(')') + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 20 || !long.TryParse(fields[19], NumberStyles.None, CultureInfo.InvariantCulture, out var start))
        {
            return null;
        }

        return (fields[0] is not ("Z" or "X"), start);
    }
}
