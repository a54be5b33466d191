using ArvexLab.Graph.Server.Data;

namespace ArvexLab.Graph.Server.Features.Evidence.Live;

/// <summary>How status changes reach subscribers on every server node (configuration section <c>Evidence:Live</c>).</summary>
public enum LiveStatusMode
{
    /// <summary>PostgresNotify on PostgreSQL, Poll on SQLite.</summary>
    Auto,

    /// <summary>Each node re-reads the watched documents' status every <c>PollIntervalSeconds</c>.</summary>
    Poll,

    /// <summary>Workers send <c>NOTIFY arvex_evidence_status</c>; every node LISTENs and re-reads at once.</summary>
    PostgresNotify,
}

public sealed record LiveStatusSettings
{
    public const string Channel = "arvex_evidence_status";

    /// <summary><c>Evidence:Live:Mode</c>, after Auto is resolved against the database provider.</summary>
    public LiveStatusMode Mode { get; init; } = LiveStatusMode.Poll;

    /// <summary>Poll mode: how often watched documents are re-read (<c>Evidence:Live:PollIntervalSeconds</c>, default 2).</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// PostgresNotify mode: the safety-net re-read for notifications lost while the listener reconnected
    /// (<c>Evidence:Live:NotifyFallbackPollSeconds</c>, default 30).
    /// </summary>
    public TimeSpan NotifyFallbackPollInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The interval the poller actually runs at.</summary>
    public TimeSpan EffectivePollInterval => Mode == LiveStatusMode.PostgresNotify ? NotifyFallbackPollInterval : PollInterval;

    public static LiveStatusSettings From(IConfiguration configuration, GraphDataSettings data)
    {
        var section = configuration.GetSection("Evidence:Live");
        var defaults = new LiveStatusSettings();
        var mode = section.GetValue("Mode", LiveStatusMode.Auto);
        if (mode == LiveStatusMode.Auto)
        {
            mode = data.Provider == DatabaseProvider.Postgres ? LiveStatusMode.PostgresNotify : LiveStatusMode.Poll;
        }
        else if (mode == LiveStatusMode.PostgresNotify && data.Provider != DatabaseProvider.Postgres)
        {
            throw new InvalidOperationException("Evidence:Live:Mode PostgresNotify needs Database:Provider Postgres; use Poll on SQLite.");
        }

        var settings = new LiveStatusSettings
        {
            Mode = mode,
            PollInterval = TimeSpan.FromSeconds(section.GetValue("PollIntervalSeconds", defaults.PollInterval.TotalSeconds)),
            NotifyFallbackPollInterval = TimeSpan.FromSeconds(section.GetValue("NotifyFallbackPollSeconds", defaults.NotifyFallbackPollInterval.TotalSeconds)),
        };
        if (settings.PollInterval <= TimeSpan.Zero || settings.NotifyFallbackPollInterval <= TimeSpan.Zero)
        {
            throw new InvalidOperationException("Evidence:Live:PollIntervalSeconds and NotifyFallbackPollSeconds must be > 0.");
        }

        return settings;
    }
}
