namespace ArvexLab.Graph.Server.Features.Sync.Webhooks;

/// <summary>Webhook settings (section <c>Webhooks</c>); see docs/webhooks in the partner docs.</summary>
public sealed record WebhookSettings(
    bool AllowPrivateTargets,
    bool DispatcherEnabled,
    TimeSpan PollInterval,
    TimeSpan RetryBaseDelay,
    TimeSpan MaxRetryDelay,
    int MaxAttempts,
    int DisableAfterFailures,
    TimeSpan Timeout,
    int BatchSize)
{
    public static WebhookSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Webhooks");
        return new(
            section.GetValue("AllowPrivateTargets", false),
            section.GetValue("DispatcherEnabled", true),
            section.GetValue("PollInterval", TimeSpan.FromSeconds(2)),
            section.GetValue("RetryBaseDelay", TimeSpan.FromSeconds(10)),
            section.GetValue("MaxRetryDelay", TimeSpan.FromHours(1)),
            section.GetValue("MaxAttempts", 8),
            section.GetValue("DisableAfterFailures", 10),
            section.GetValue("Timeout", TimeSpan.FromSeconds(10)),
            section.GetValue("BatchSize", 20));
    }

    /// <summary>Exponential backoff after the <paramref name="attempts"/>-th failed attempt, capped.</summary>
    public TimeSpan Backoff(int attempts)
    {
        var delay = RetryBaseDelay * Math.Pow(2, Math.Min(attempts - 1, 20));
        return delay < MaxRetryDelay ? delay : MaxRetryDelay;
    }
}
