using ArvexLab.Graph.Server.Data.Interceptors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ArvexLab.Graph.Bench.Hosting;

/// <summary>
/// Runs in front of the server's own pipeline: counts every request's SQL statements with the server's
/// <see cref="ISqlCommandCounter"/>, answers <c>/bench/stats</c>, and serves the hand-written baselines
/// under <c>/baseline</c> and the protection A/B under <c>/bench/protection</c>.
/// </summary>
public sealed class BenchStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        var statistics = app.ApplicationServices.GetRequiredService<RequestStatistics>();
        var counter = app.ApplicationServices.GetRequiredService<ISqlCommandCounter>();
        app.Map("/bench/stats", branch => branch.Run(http => http.Response.WriteAsJsonAsync(statistics.Snapshot())));
        app.Use(async (http, nextMiddleware) =>
        {
            using var tally = counter.Begin();
            await nextMiddleware(http);
            statistics.Record(tally);
        });
        // The server's own authentication middleware (OpenIddict validation needs its request handler to run first).
        // MapWhen, not Map: Map would move the prefix into PathBase, and the token's issuer is checked against it.
        app.MapWhen(http => http.Request.Path.StartsWithSegments("/baseline"), branch => branch.UseAuthentication().Run(BaselineEndpoints.HandleAsync));
        app.MapWhen(http => http.Request.Path.StartsWithSegments("/bench/protection"), branch => branch.UseAuthentication().Run(ProtectionOverhead.HandleAsync));
        next(app);
    };
}
