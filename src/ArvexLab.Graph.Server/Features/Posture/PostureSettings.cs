namespace ArvexLab.Graph.Server.Features.Posture;

/// <summary>The thresholds of the posture checks (section <c>Posture</c>).</summary>
public sealed record PostureSettings
{
    public const string Section = "Posture";

    /// <summary>A SOC 2 Type II review period shorter than this many months is flagged.</summary>
    public int MinimumTypeIIPeriodMonths { get; init; } = 6;

    /// <summary>A SOC report whose period ended longer ago than this is stale, bridge letter or not.</summary>
    public int StaleAfterMonths { get; init; } = 12;

    /// <summary>After this many months past the period end, a bridge letter must cover the gap.</summary>
    public int BridgeLetterNeededAfterMonths { get; init; } = 3;

    /// <summary>
    /// Bridge letters are signed after the date they cover through, so one whose through-date lies at most this many
    /// days in the past still counts as covering today.
    /// </summary>
    public int BridgeLetterGraceDays { get; init; } = 31;

    /// <summary>An ISO certificate expiring within this many days is flagged.</summary>
    public int CertificateExpiringWithinDays { get; init; } = 90;

    /// <summary>How often the background refresh looks for stale postures.</summary>
    public TimeSpan RefreshInterval { get; init; } = TimeSpan.FromSeconds(5);
}
