namespace ArvexLab.Graph.Server.Features.Renewal;

/// <summary>The daily renewal check (<c>Renewal:*</c>).</summary>
public sealed record RenewalSettings
{
    /// <summary>Whether this process runs the check (<c>Renewal:Enabled</c>). Several nodes may: each notice is recorded once.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Time between checks (<c>Renewal:CheckInterval</c>, a TimeSpan such as <c>1.00:00:00</c>).</summary>
    public TimeSpan CheckInterval { get; init; } = TimeSpan.FromHours(24);

    /// <summary>
    /// Days before expiry at which a notice is recorded (<c>Renewal:ThresholdDays</c>, e.g. <c>90,30,0</c>); 0 is the
    /// day of expiry. A document first seen inside several thresholds gets one notice, for the tightest.
    /// </summary>
    public IReadOnlyList<int> ThresholdDays { get; init; } = [90, 30, 0];

    public static RenewalSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Renewal");
        var defaults = new RenewalSettings();
        var thresholds = section["ThresholdDays"] is { Length: > 0 } text
            ? text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(int.Parse).ToList()
            : defaults.ThresholdDays;
        var settings = new RenewalSettings
        {
            Enabled = section.GetValue("Enabled", defaults.Enabled),
            CheckInterval = section.GetValue("CheckInterval", defaults.CheckInterval),
            ThresholdDays = thresholds.Distinct().OrderByDescending(t => t).ToList(),
        };
        if (settings.CheckInterval < TimeSpan.FromMinutes(1) || settings.ThresholdDays.Count == 0 || settings.ThresholdDays.Any(t => t is < 0 or > 3650))
        {
            throw new InvalidOperationException("Renewal settings: CheckInterval at least one minute; ThresholdDays one or more values from 0 to 3650.");
        }

        return settings;
    }
}
