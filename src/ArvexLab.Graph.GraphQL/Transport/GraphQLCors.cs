using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ArvexLab.Graph.GraphQL.Transport;

/// <summary>
/// The CORS policy of <c>/graphql</c>: only the configured origins (none by default: same origin only).
/// Registered by <c>AddGraphInfrastructure</c>; the host applies it with <c>app.UseCors(GraphQLCors.PolicyName)</c>.
/// </summary>
public static class GraphQLCors
{
    public const string PolicyName = "GraphQL";

    public static IServiceCollection AddGraphQLCors(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = configuration.GetSection("GraphQL:Http:AllowedOrigins").Get<string[]>() ?? [];
        services.AddCors(cors => cors.AddPolicy(PolicyName, policy => Configure(policy, origins)));
        return services;
    }

    internal static void Configure(CorsPolicyBuilder policy, string[] origins)
    {
        // No origin listed means no Access-Control-Allow-Origin header: browsers keep to same origin.
        policy.WithOrigins(origins)
            .WithMethods("GET", "POST")
            .WithHeaders("Content-Type", "Authorization", "Accept", CrossSiteRequestCheck.HeaderName)
            .SetPreflightMaxAge(TimeSpan.FromHours(1));
    }
}
