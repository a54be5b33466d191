using System.Net.Http.Headers;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Data.Tenancy;
using ArvexLab.Graph.Server.Features.Identity;
using ArvexLab.Graph.Server.Tests.Identity;
using ArvexLab.Graph.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ArvexLab.Graph.Server.Tests.Access;

/// <summary>Everyone who can call the graph: the three roles, a platform admin and the two partner scopes.</summary>
public sealed record AccessActor(string Name, OrganizationRole? Role, bool PlatformAdmin, string? Scopes)
{
    public static readonly AccessActor[] All =
    [
        new("ADMIN", OrganizationRole.Admin, PlatformAdmin: false, Scopes: null),
        new("REVIEWER", OrganizationRole.Reviewer, PlatformAdmin: false, Scopes: null),
        new("VIEWER", OrganizationRole.Viewer, PlatformAdmin: false, Scopes: null),
        new("PLATFORM_ADMIN", OrganizationRole.Viewer, PlatformAdmin: true, Scopes: null),
        new("PARTNER_READ", null, PlatformAdmin: false, Scopes: AccessMatrix.ReadScope),
        new("PARTNER_WRITE", null, PlatformAdmin: false, Scopes: $"{AccessMatrix.ReadScope} {AccessMatrix.WriteScope}"),
    ];

    /// <summary>What the documented matrix grants this actor for one policy.</summary>
    public bool IsGranted(string policy)
    {
        var grant = AccessMatrix.Policies[policy];
        return Role is { } role
            ? grant.Roles.Contains(role) || (PlatformAdmin && grant.PlatformAdmin)
            : Scopes!.Split(' ').Any(grant.Scopes.Contains);
    }

    public override string ToString() => Name;
}

/// <summary>Signs actors in against a running <see cref="GraphApp"/>: users through the real code flow, partners through client credentials.</summary>
public static class AccessActorSignIn
{
    private const string Password = "Matrix-Password-4-Tests!";

    public static async Task<GraphClient> SignInAsync(GraphApp app, long organizationId, AccessActor actor)
    {
        if (actor.Scopes is { } scopes)
        {
            return await app.CreateGraphClientAsync(organizationId, scopes);
        }

        var email = $"{actor.Name.ToLowerInvariant()}-{Guid.NewGuid():N}@matrix.test";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<TenantScope>().UseSystem();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var result = await users.CreateAsync(new AppUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                OrganizationId = organizationId,
                Role = actor.Role!.Value,
                IsPlatformAdmin = actor.PlatformAdmin,
                CreatedAt = DateTimeOffset.UtcNow,
            }, Password);
            Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        var token = await new OAuthTestClient(app).UserAccessTokenAsync(email, Password);
        var http = app.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new GraphClient(http);
    }
}
