namespace ArvexLab.Graph.Server.Features.Evidence.Upload;

/// <summary>Limits of evidence uploads (section <c>Evidence</c>).</summary>
public sealed record EvidenceUploadSettings
{
    /// <summary>Largest evidence file in bytes (<c>Evidence:MaxFileBytes</c>); beyond it the payload says FILE_TOO_LARGE.
    /// The transport's own limit (<c>GraphQL:Uploads:MaxFileBytes</c>) refuses bigger requests before they are read.</summary>
    public long MaxFileBytes { get; init; } = 50L * 1024 * 1024;

    /// <summary>How long a download link stays valid (<c>Evidence:DownloadLinkMinutes</c>).</summary>
    public TimeSpan DownloadLinkLifetime { get; init; } = TimeSpan.FromMinutes(5);

    public static EvidenceUploadSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Evidence");
        var defaults = new EvidenceUploadSettings();
        var settings = new EvidenceUploadSettings
        {
            MaxFileBytes = section.GetValue("MaxFileBytes", defaults.MaxFileBytes),
            DownloadLinkLifetime = section["DownloadLinkMinutes"] is { Length: > 0 }
                ? TimeSpan.FromMinutes(section.GetValue<double>("DownloadLinkMinutes"))
                : defaults.DownloadLinkLifetime,
        };
        if (settings.MaxFileBytes <= 0 || settings.DownloadLinkLifetime <= TimeSpan.Zero)
        {
            throw new InvalidOperationException("Evidence:MaxFileBytes and Evidence:DownloadLinkMinutes must be positive.");
        }

        return settings;
    }
}
