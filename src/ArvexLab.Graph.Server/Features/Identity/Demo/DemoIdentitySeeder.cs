using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Data.Entities;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ArvexLab.Graph.Server.Features.Identity.Demo;

/// <summary>
/// Demo sign-ins (when <c>Demo:Enabled</c>, never in Production): three members of the demo
/// organization, an admin of a second organization so isolation can be seen, a platform admin and
/// the <c>demo-partner</c> client — all with the one demo password. Creates what is missing, keeps
/// what exists.
/// </summary>
public sealed class DemoIdentitySeeder(
    IConfiguration configuration,
    IHostEnvironment environment,
    UserManager<AppUser> users,
    IOpenIddictApplicationManager applications,
    ILogger<DemoIdentitySeeder> logger) : IDataSeeder
{
    public const string PartnerClientId = "demo-partner";

    internal static readonly DemoAccount[] Accounts =
    [
        new("admin@demo.arvexlab.test", "Demo Admin", DemoOrganizations.Demo, OrganizationRole.Admin, PlatformAdmin: false),
        new("reviewer@demo.arvexlab.test", "Demo Reviewer", DemoOrganizations.Demo, OrganizationRole.Reviewer, PlatformAdmin: false),
        new("viewer@demo.arvexlab.test", "Demo Viewer", DemoOrganizations.Demo, OrganizationRole.Viewer, PlatformAdmin: false),
        new("admin@globex.arvexlab.test", "Globex Admin", DemoOrganizations.Globex, OrganizationRole.Admin, PlatformAdmin: false),
        new("platform@arvexlab.test", "Platform Admin", DemoOrganizations.Demo, OrganizationRole.Viewer, PlatformAdmin: true),
    ];

    public int Order => 300;

    public async Task SeedAsync(GraphDbContext db, CancellationToken cancellationToken)
    {
        // Same default as the demo data seeder: a fresh checkout starts with something to look at.
        if (!configuration.GetValue("Demo:Enabled", true))
        {
            return;
        }

        if (environment.IsProduction())
        {
            logger.LogWarning("Demo:Enabled is ignored in Production: demo accounts with a shared password are never created there.");
            return;
        }

        var organizations = await DemoOrganizations.EnsureAsync(db, cancellationToken);
        var password = new Lazy<string>(() => DemoPassword.Resolve(configuration, logger));

        foreach (var account in Accounts)
        {
            if (await users.FindByEmailAsync(account.Email) is not null)
            {
                continue;
            }

            var user = new AppUser
            {
                UserName = account.Email,
                Email = account.Email,
                EmailConfirmed = true,
                DisplayName = account.DisplayName,
                OrganizationId = organizations[account.OrganizationSlug],
                Role = account.Role,
                IsPlatformAdmin = account.PlatformAdmin,
                CreatedAt = DateTimeOffset.UtcNow,
            };
            var result = await users.CreateAsync(user, password.Value);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(
                    $"Demo user {account.Email} could not be created: {string.Join(" ", result.Errors.Select(e => e.Description))}");
            }
        }

        if (await applications.FindByClientIdAsync(PartnerClientId, cancellationToken) is null)
        {
            var descriptor = new OpenIddictApplicationDescriptor
            {
                ClientId = PartnerClientId,
                ClientSecret = password.Value,
                ClientType = ClientTypes.Confidential,
                DisplayName = "Demo partner",
                Permissions =
                {
                    Permissions.Endpoints.Token, Permissions.Endpoints.Revocation,
                    Permissions.GrantTypes.ClientCredentials,
                    Permissions.Prefixes.Scope + AccessMatrix.ReadScope,
                    Permissions.Prefixes.Scope + AccessMatrix.WriteScope,
                },
            };
            PartnerClientOrganization.Bind(descriptor, organizations[DemoOrganizations.Demo]);
            await applications.CreateAsync(descriptor, cancellationToken);
        }
    }

    internal sealed record DemoAccount(string Email, string DisplayName, string OrganizationSlug, OrganizationRole Role, bool PlatformAdmin);
}
