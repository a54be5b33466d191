namespace ArvexLab.Graph.Server.Features.Sync.Changes;

/// <summary>Change feed settings (section <c>Sync</c>).</summary>
public sealed record ChangeFeedSettings(TimeSpan Retention, TimeSpan CleanupInterval, int DefaultPageSize, int MaxPageSize)
{
    public static ChangeFeedSettings From(IConfiguration configuration) => new(
        TimeSpan.FromDays(configuration.GetValue("Sync:ChangeRetentionDays", 90.0)),
        configuration.GetValue("Sync:CleanupInterval", TimeSpan.FromHours(1)),
        configuration.GetValue("Sync:DefaultPageSize", 100),
        configuration.GetValue("Sync:MaxPageSize", 500));
}
