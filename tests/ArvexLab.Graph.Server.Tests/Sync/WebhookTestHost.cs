using ArvexLab.Graph.Server.Tests.Identity;
using Microsoft.AspNetCore.Hosting;

namespace ArvexLab.Graph.Server.Tests.Sync;

/// <summary>The real server with demo sign-ins and a fast webhook dispatcher that may reach 127.0.0.1.</summary>
public sealed class WebhookTestHost : IdentityTestHost
{
    public const int DisableAfter = 3;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Webhooks:AllowPrivateTargets", "true");
        builder.UseSetting("Webhooks:PollInterval", "00:00:00.050");
        builder.UseSetting("Webhooks:RetryBaseDelay", "00:00:00.100");
        builder.UseSetting("Webhooks:DisableAfterFailures", DisableAfter.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Webhooks:Timeout", "00:00:05");
        builder.UseSetting("Extraction:Workers", "0");
    }
}
