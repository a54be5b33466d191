using System.Net.Http.Headers;
using ArvexLab.Graph.Server.Data.Tenancy;
using ArvexLab.Graph.Server.Features.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ArvexLab.Graph.Server.Tests.Infrastructure;

/// <summary>
/// The real server (Program) in-process on a test database, with extra settings on top. Clients get real
/// access tokens from the server's own token endpoint (client credentials of a partner client bound to the
/// organization they act for), so every request passes the same authentication and tenant rules as in production.
/// </summary>
public class GraphApp(TestDatabase database, IReadOnlyDictionary<string, string?>? settings = null, string environment = "Development")
    : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // HTTPS like production: the test server does no TLS, but the request scheme is what the app checks.
        ClientOptions.BaseAddress = new Uri("https://localhost");
        builder.UseEnvironment(environment);
        var all = new Dictionary<string, string?>(database.Configuration)
        {
            ["Demo:Enabled"] = "false",
            ["Identity:EphemeralKeys"] = "true",
            // Tests that need extraction workers start them explicitly.
            ["Extraction:Workers"] = "0",
        };
        if (environment == "Production")
        {
            foreach (var (key, value) in TestCertificates.Settings)
            {
                all[key] = value;
            }
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        foreach (var (key, value) in all)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(all));
    }


    /// <summary>Creates an organization (as the system) for tests that need one of their own.</summary>
    public static async Task<long> CreateOrganizationAsync(TestDatabase database, string name)
    {
        await using var db = database.CreateSystemContext();
        var organization = new ArvexLab.Graph.Server.Data.Entities.Organization { Name = name, Slug = name.ToLowerInvariant().Replace(' ', '-') + "-" + Guid.NewGuid().ToString("N")[..6] };
        db.Organizations.Add(organization);
        await db.SaveChangesAsync();
        return organization.Id;
    }

    /// <summary>A client acting as a partner of <paramref name="organizationId"/> with the given scopes.</summary>
    public async Task<GraphClient> CreateGraphClientAsync(long organizationId, string scopes = "graph:read graph:write")
    {
        var clientId = "test-" + Guid.NewGuid().ToString("N")[..12];
        var secret = Guid.NewGuid().ToString("N");
        await using (var scope = Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<TenantScope>().UseSystem();
            var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
            var descriptor = new OpenIddictApplicationDescriptor
            {
                ClientId = clientId,
                ClientSecret = secret,
                ClientType = ClientTypes.Confidential,
                Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials },
            };
            foreach (var name in scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                descriptor.Permissions.Add(Permissions.Prefixes.Scope + name);
            }

            PartnerClientOrganization.Bind(descriptor, organizationId);
            await applications.CreateAsync(descriptor);
        }

        var http = CreateClient();
        // A loaded CI machine can take longer than HttpClient's 100 s default for a first request or a big upload.
        http.Timeout = TimeSpan.FromMinutes(5);
        var token = await ClientCredentials.RequestTokenAsync(http, clientId, secret, scopes);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new GraphClient(http);
    }
}
