using System.Text.Json;
using ArvexLab.Graph.Bench.Seeding;
using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Data.Tenancy;
using ArvexLab.Graph.Server.Features.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ArvexLab.Graph.Bench.Hosting;

/// <summary>
/// The child process the load generator talks to: starts the server, creates a partner client of the
/// benchmark organization (the partner's real client-credentials flow follows over HTTP), prints one
/// <c>READY {json}</c> line and serves until its standard input closes.
/// </summary>
public static class ServeCommand
{
    public const string ReadyPrefix = "READY ";

    public static async Task<int> RunAsync(BenchDatabase database, int extractionWorkers)
    {
        // WebApplicationFactory looks for the server's project folder as its content root; the build output holds
        // everything the server reads (appsettings, catalog data), so point it there.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_ARVEXLAB_GRAPH_SERVER", AppContext.BaseDirectory);
        await using var factory = new BenchServerFactory(database, extractionWorkers);
        factory.StartOnLoopback();
        var (clientId, secret) = await CreatePartnerClientAsync(factory.Services);
        var ready = new ServerReady(factory.Address.ToString().TrimEnd('/'), clientId, secret, Environment.ProcessId);
        Console.WriteLine(ReadyPrefix + JsonSerializer.Serialize(ready));
        Console.Out.Flush();
        await Console.In.ReadToEndAsync();
        return 0;
    }

    private static async Task<(string ClientId, string Secret)> CreatePartnerClientAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().UseSystem();
        await using var db = scope.ServiceProvider.GetRequiredService<IGraphDbContextFactory>().Create();
        var organization = await db.Organizations.SingleAsync(o => o.Slug == DataScaleSeeder.OrganizationSlug);
        var clientId = "bench-" + Guid.NewGuid().ToString("N")[..12];
        var secret = Guid.NewGuid().ToString("N");
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = "Benchmark partner",
            Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials },
        };
        foreach (var scopeName in new[] { AccessMatrix.ReadScope, AccessMatrix.WriteScope })
        {
            descriptor.Permissions.Add(Permissions.Prefixes.Scope + scopeName);
        }

        PartnerClientOrganization.Bind(descriptor, organization.Id);
        await scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>().CreateAsync(descriptor);
        return (clientId, secret);
    }
}

/// <summary>What the child prints when it accepts requests.</summary>
public sealed record ServerReady(string Url, string ClientId, string ClientSecret, int ProcessId);
