using System.Security.Claims;
using ArvexLab.Graph.Server.Data.Entities;
using Microsoft.AspNetCore.Authorization;
using OpenIddict.Abstractions;

namespace ArvexLab.Graph.Server.Features.Identity;

/// <summary>
/// The one place that says who may do what. Users act through their organization role (and the
/// platform-admin flag); partner clients act through the scopes they were granted. Documented in
/// Features/Identity/README.md — keep the two in step.
/// </summary>
public static class AccessMatrix
{
    public const string ReadScope = "graph:read";
    public const string WriteScope = "graph:write";

    /// <summary>Which roles, platform admins and partner scopes satisfy one policy.</summary>
    public sealed record Grant(IReadOnlySet<OrganizationRole> Roles, bool PlatformAdmin, IReadOnlySet<string> Scopes);

    private static readonly OrganizationRole[] Everyone = [OrganizationRole.Viewer, OrganizationRole.Reviewer, OrganizationRole.Admin];

    public static IReadOnlyDictionary<string, Grant> Policies { get; } = new Dictionary<string, Grant>
    {
        [GraphPolicies.Read] = new(Roles(Everyone), PlatformAdmin: true, Scopes(ReadScope, WriteScope)),
        [GraphPolicies.ManageVendors] = new(Roles(OrganizationRole.Admin), PlatformAdmin: false, Scopes(WriteScope)),
        [GraphPolicies.Review] = new(Roles(OrganizationRole.Reviewer, OrganizationRole.Admin), PlatformAdmin: false, Scopes(WriteScope)),
        [GraphPolicies.ManageOrganization] = new(Roles(OrganizationRole.Admin), PlatformAdmin: false, Scopes()),
        [GraphPolicies.ManageOrganizationFrameworks] = new(Roles(OrganizationRole.Admin), PlatformAdmin: false, Scopes()),
        [GraphPolicies.ManageFrameworks] = new(Roles(OrganizationRole.Admin), PlatformAdmin: true, Scopes()),
        [GraphPolicies.ManageBuiltInCatalogs] = new(Roles(), PlatformAdmin: true, Scopes()),
    };

    /// <summary>Whether the (already authenticated) caller satisfies the named policy.</summary>
    public static bool Allows(ClaimsPrincipal principal, string policy)
    {
        if (!Policies.TryGetValue(policy, out var grant) || principal.OrganizationId() is null)
        {
            return false;
        }

        if (principal.IsPlatformAdmin() && grant.PlatformAdmin)
        {
            return true;
        }

        // A user's token may carry scopes too (openid, offline_access); only clients without a role act by scope.
        return principal.MemberRole() is { } role
            ? grant.Roles.Contains(role)
            : grant.Scopes.Any(principal.HasScope);
    }

    /// <summary>Registers every policy of the matrix as an ASP.NET Core authorization policy.</summary>
    public static void AddGraphPolicies(this AuthorizationOptions options)
    {
        foreach (var name in Policies.Keys)
        {
            options.AddPolicy(name, policy => policy
                .RequireAuthenticatedUser()
                .RequireAssertion(context => Allows(context.User, name)));
        }
    }

    private static HashSet<OrganizationRole> Roles(params OrganizationRole[] roles) => [.. roles];

    private static HashSet<string> Scopes(params string[] scopes) => new(scopes, StringComparer.Ordinal);
}
