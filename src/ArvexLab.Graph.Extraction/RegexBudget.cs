namespace ArvexLab.Graph.Extraction;

/// <summary>
/// Every pattern that reads document text stops after this long. The text comes from an untrusted
/// PDF; a pattern that backtracks badly on crafted input then fails with TIMEOUT instead of hanging
/// an in-process caller (the console tool also has the server's wall-clock limit).
/// </summary>
internal static class RegexBudget
{
    public const int Milliseconds = 2000;

    public static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(Milliseconds);
}
