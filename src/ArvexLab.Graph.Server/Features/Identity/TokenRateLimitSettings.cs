namespace ArvexLab.Graph.Server.Features.Identity;

/// <summary>
/// The token endpoint's own rate limit (section <c>Identity:TokenRateLimit</c>), separate from the graph's cost
/// budget: fixed windows per OAuth client and per remote address, both of which a request must pass.
/// </summary>
public sealed record TokenRateLimitSettings
{
    /// <summary><c>Enabled</c> (default true).</summary>
    public bool Enabled { get; init; } = true;

    /// <summary><c>PermitsPerClient</c>: token requests per window for one client_id (default 30).</summary>
    public int PermitsPerClient { get; init; } = 30;

    /// <summary>
    /// <c>PermitsPerAddress</c>: token requests per window from one remote IP address, whatever the client (default 300).
    /// Higher than per client because offices share an address; behind a reverse proxy, forward the client address
    /// (ForwardedHeaders) or every caller shares the proxy's.
    /// </summary>
    public int PermitsPerAddress { get; init; } = 300;

    /// <summary><c>WindowSeconds</c> (default 60).</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromMinutes(1);

    public static TokenRateLimitSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Identity:TokenRateLimit");
        var defaults = new TokenRateLimitSettings();
        var settings = new TokenRateLimitSettings
        {
            Enabled = section.GetValue("Enabled", defaults.Enabled),
            PermitsPerClient = section.GetValue("PermitsPerClient", defaults.PermitsPerClient),
            PermitsPerAddress = section.GetValue("PermitsPerAddress", defaults.PermitsPerAddress),
            Window = TimeSpan.FromSeconds(section.GetValue("WindowSeconds", defaults.Window.TotalSeconds)),
        };
        if (settings.PermitsPerClient < 1 || settings.PermitsPerAddress < 1 || settings.Window <= TimeSpan.Zero)
        {
            throw new InvalidOperationException("Identity:TokenRateLimit: PermitsPerClient and PermitsPerAddress >= 1, WindowSeconds > 0.");
        }

        return settings;
    }
}
