using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace ArvexLab.Graph.Extract;

/// <summary>
/// `--exit-with-parent`: the process ends itself, with <see cref="ParentGoneExitCode"/> and nothing on stdout, once the
/// process that started it is gone, so a server killed without a shutdown (SIGKILL, out of memory) leaves no tool
/// working on a job that is run again elsewhere. A background thread compares <c>getppid()</c> with the parent seen
/// at start: an orphan is re-parented (to init or a subreaper), so a different answer means the parent died.
/// <c>PR_SET_PDEATHSIG</c> is not used: it fires when the parent's forking *thread* ends, which in .NET may be any
/// thread-pool thread of a server that is still alive.
/// </summary>
internal static partial class ParentWatch
{
    /// <summary>Distinct from the tool's other exit codes (0 result, 1 usage, 2 rejected input, 3 accuracy threshold).</summary>
    public const int ParentGoneExitCode = 4;

    public const string Option = "--exit-with-parent";

    private static readonly TimeSpan Period = TimeSpan.FromMilliseconds(250);

    /// <summary>Starts watching the current parent; false (and nothing watched) where there is no <c>getppid</c>.</summary>
    public static bool Start(TextWriter stderr)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS() && !OperatingSystem.IsFreeBSD())
        {
            stderr.WriteLine($"{Option} is ignored on this operating system.");
            return false;
        }

        var parent = GetParentPid();
        new Thread(() => Watch(parent)) { IsBackground = true, Name = "arvex-extract parent watch" }.Start();
        return true;
    }

    private static void Watch(int parent)
    {
        while (GetParentPid() == parent)
        {
            Thread.Sleep(Period);
        }

        // Children (pdftoppm, tesseract while OCR runs) would be orphaned in turn.
        KillChildren();
        Environment.Exit(ParentGoneExitCode);
    }

    private static void KillChildren()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var self = Environment.ProcessId;
        foreach (var pid in ChildPids(self))
        {
            try
            {
                using var child = Process.GetProcessById(pid);
                child.Kill(entireProcessTree: true);
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                // Already gone.
            }
        }
    }

    /// <summary>From /proc/[pid]/stat: the parent pid is the second field after the command name in parentheses.</summary>
    private static IEnumerable<int> ChildPids(int parent)
    {
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            string stat;
            try
            {
                stat = File.ReadAllText(Path.Combine(dir, "stat"));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            var fields = stat[(stat.LastIndexOf(')') + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length > 1 && int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ppid) && ppid == parent)
            {
                yield return pid;
            }
        }
    }

    [LibraryImport("libc", EntryPoint = "getppid")]
    private static partial int GetParentPid();
}
