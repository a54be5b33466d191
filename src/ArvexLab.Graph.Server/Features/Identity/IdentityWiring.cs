using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Data.Tenancy;
using ArvexLab.Graph.Server.Features.Identity.Demo;
using ArvexLab.Graph.Server.Features.Identity.Management;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenIddict.Validation.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ArvexLab.Graph.Server.Features.Identity;

/// <summary>
/// Who may call the graph: ASP.NET Core Identity for user accounts, OpenIddict as the token server
/// (code + PKCE for the portal, client credentials for partners), OpenIddict local validation for
/// the API, and the access matrix as authorization policies.
/// </summary>
public static class IdentityWiring
{
    public static WebApplicationBuilder AddGraphIdentity(this WebApplicationBuilder builder)
    {
        builder.Services.AddGraphIdentity(builder.Configuration, builder.Environment);
        return builder;
    }

    public static IServiceCollection AddGraphIdentity(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddHttpContextAccessor();
        // Replaces the data layer's demo placeholder (whichever is registered first): the token decides the tenant.
        services.RemoveAll<IRequestTenantContext>();
        services.AddScoped<IRequestTenantContext, ClaimsTenantContext>();

        services.AddIdentityCore<AppUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 12;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddEntityFrameworkStores<GraphDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();

        // Bearer tokens are the API's only credential; the Identity cookie only serves the login page
        // and the authorization endpoint, so the API is not exposed to cross-site requests.
        services.AddAuthentication(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme)
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.Cookie.Name = "arvexlab.session";
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
        });
        services.AddAntiforgery(options => options.Cookie.Name = "arvexlab.antiforgery");
        services.AddAuthorization(options => options.AddGraphPolicies());

        services.AddOpenIddict()
            .AddCore(options => options.UseEntityFrameworkCore().UseDbContext<GraphDbContext>())
            .AddServer(options => ConfigureServer(options, configuration, environment))
            .AddValidation(options =>
            {
                options.UseLocalServer();
                options.AddAudiences(GraphClaims.Audience);
                // Each request checks the token's database entry, so a revoked token stops at once.
                options.EnableTokenEntryValidation();
                options.EnableAuthorizationEntryValidation();
                options.UseAspNetCore();
            });

        services.AddScoped<PartnerClientDirectory>();
        services.AddTokenRateLimit(configuration);
        services.AddScoped<ArvexLab.Graph.GraphQL.Subscriptions.IGraphQLWebSocketAuthenticator, BearerWebSocketAuthenticator>();
        services.AddScoped<IDataSeeder, PortalClientSeeder>();
        services.AddScoped<IDataSeeder, DemoIdentitySeeder>();
        return services;
    }

    private static void ConfigureServer(OpenIddictServerBuilder options, IConfiguration configuration, IHostEnvironment environment)
    {
        options.SetAuthorizationEndpointUris("connect/authorize")
            .SetTokenEndpointUris("connect/token")
            .SetRevocationEndpointUris("connect/revoke")
            .SetEndSessionEndpointUris("connect/logout");

        options.AllowAuthorizationCodeFlow()
            .RequireProofKeyForCodeExchange()
            .AllowClientCredentialsFlow()
            .AllowRefreshTokenFlow();

        // S256 only: "plain" would let an intercepted authorization request be replayed.
        options.Configure(server => server.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain));

        options.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Email, Scopes.OfflineAccess,
            AccessMatrix.ReadScope, AccessMatrix.WriteScope);

        if (configuration["Identity:Issuer"] is { Length: > 0 } issuer)
        {
            options.SetIssuer(new Uri(issuer, UriKind.Absolute));
        }

        options.SetAccessTokenLifetime(TimeSpan.FromMinutes(configuration.GetValue("Identity:AccessTokenMinutes", 30)));
        options.SetRefreshTokenLifetime(TimeSpan.FromDays(configuration.GetValue("Identity:RefreshTokenDays", 14)));
        // Rolling refresh tokens with no reuse grace: a replayed refresh token revokes the whole chain.
        options.SetRefreshTokenReuseLeeway(TimeSpan.Zero);
        options.AddEventHandler(RejectUngrantedScopes.Descriptor);

        // Signed, not encrypted: partners may read their own token's claims; the signature keeps them honest.
        options.DisableAccessTokenEncryption();
        TokenKeys.Configure(options, configuration, environment);

        var aspNetCore = options.UseAspNetCore()
            .EnableAuthorizationEndpointPassthrough()
            .EnableTokenEndpointPassthrough()
            .EnableEndSessionEndpointPassthrough();
        if (environment.IsDevelopment())
        {
            aspNetCore.DisableTransportSecurityRequirement();
        }
    }

    /// <summary>
    /// Middleware and endpoints. Call after exception handling / forwarded headers and before mapping
    /// /graphql: authentication must run before authorization, and both before any endpoint executes
    /// (the automatic UseRouting of minimal hosting comes first, so policies see endpoint metadata).
    /// OpenIddict handles its own endpoints (token, revoke, discovery, JWKS) inside UseAuthentication.
    /// </summary>
    public static WebApplication MapGraphIdentity(this WebApplication app)
    {
        app.UseGraphIdentity();
        app.MapGraphIdentityEndpoints();
        return app;
    }

    public static IApplicationBuilder UseGraphIdentity(this IApplicationBuilder app)
    {
        var environment = app.ApplicationServices.GetRequiredService<IHostEnvironment>();
        if (!environment.IsDevelopment())
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseTokenRateLimit();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    public static IEndpointRouteBuilder MapGraphIdentityEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapLoginEndpoints();
        endpoints.MapAuthorizationEndpoints();
        return endpoints;
    }
}
