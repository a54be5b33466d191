using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace ArvexLab.Graph.Server.Features.Identity;

/// <summary>
/// Rate limit of <c>/connect/token</c> with ASP.NET Core's rate limiter, in its own branch (its options do not touch
/// any other limiter). It runs before authentication, where OpenIddict answers token requests, so failed attempts
/// count too: guessing a client secret is throttled per client and per address. Refusals are 429 with
/// <c>Retry-After</c> and an OAuth-style error body.
/// </summary>
public static class TokenRateLimit
{
    public const string TokenPath = "/connect/token";
    private const string ClientIdItem = "TokenRateLimit.ClientId";
    private const long MaxFormBytes = 16 * 1024;

    public static IServiceCollection AddTokenRateLimit(this IServiceCollection services, IConfiguration configuration) =>
        // AddRateLimiter registers the middleware's services; the options handed to UseRateLimiter below are the branch's own.
        services.AddSingleton(TokenRateLimitSettings.From(configuration)).AddRateLimiter(_ => { });

    public static IApplicationBuilder UseTokenRateLimit(this IApplicationBuilder app)
    {
        var settings = app.ApplicationServices.GetService<TokenRateLimitSettings>()
            ?? TokenRateLimitSettings.From(app.ApplicationServices.GetRequiredService<IConfiguration>());
        if (!settings.Enabled)
        {
            return app;
        }

        var options = new RateLimiterOptions
        {
            GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(http => http.Items[ClientIdItem] is string client
                    ? RateLimitPartition.GetFixedWindowLimiter("client:" + client, _ => Window(settings.PermitsPerClient, settings.Window))
                    : RateLimitPartition.GetNoLimiter("")),
                PartitionedRateLimiter.Create<HttpContext, string>(http =>
                    RateLimitPartition.GetFixedWindowLimiter("ip:" + http.Connection.RemoteIpAddress, _ => Window(settings.PermitsPerAddress, settings.Window)))),
            RejectionStatusCode = StatusCodes.Status429TooManyRequests,
            OnRejected = RejectAsync,
        };
        return app.UseWhen(IsTokenRequest, branch => branch.Use(ReadClientIdAsync).UseRateLimiter(options));
    }

    private static bool IsTokenRequest(HttpContext http) =>
        http.Request.Path.Equals(TokenPath, StringComparison.OrdinalIgnoreCase);

    private static FixedWindowRateLimiterOptions Window(int permits, TimeSpan window) =>
        new() { PermitLimit = permits, Window = window, QueueLimit = 0, AutoReplenishment = true };

    // The client is named in the form (client_secret_post, public clients) or in Basic credentials (client_secret_basic).
    private static async Task ReadClientIdAsync(HttpContext http, RequestDelegate next)
    {
        var client = BasicClientId(http.Request);
        if (client is null && http.Request.HasFormContentType && http.Request.ContentLength is > 0 and <= MaxFormBytes)
        {
            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            client = form["client_id"].FirstOrDefault();
        }

        if (!string.IsNullOrEmpty(client))
        {
            http.Items[ClientIdItem] = client;
        }

        await next(http);
    }

    private static string? BasicClientId(HttpRequest request)
    {
        if (!AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header)
            || !"Basic".Equals(header.Scheme, StringComparison.OrdinalIgnoreCase) || header.Parameter is null)
        {
            return null;
        }

        try
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter));
            var colon = pair.IndexOf(':', StringComparison.Ordinal);
            return colon > 0 ? Uri.UnescapeDataString(pair[..colon]) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var response = context.HttpContext.Response;
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 60;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        response.Headers.CacheControl = "no-store";
        await response.WriteAsJsonAsync(new
        {
            error = "rate_limited",
            error_description = $"Too many token requests; retry after {seconds} seconds.",
        }, cancellationToken);
    }
}
