using System.Security.Claims;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Frameworks.Catalogs;
using ArvexLab.Graph.Server.Features.Identity;
using ArvexLab.Graph.Server.Graph;
using GraphQL;

namespace ArvexLab.Graph.Server.Features.Frameworks.Admin;

/// <summary>
/// Who may change which catalog rows, decided per row (the mutations' <c>frameworks:manage</c> policy has already
/// let in only org admins and platform administrators): built-in rows (no organization) need a platform
/// administrator, an organization's own rows an admin of that organization. Another organization's rows never get
/// this far: the tenant filter hides them, so they are NOT_FOUND like missing ones.
/// </summary>
internal static class CatalogPermissions
{
    /// <summary>Null when the caller may change rows owned by <paramref name="organizationId"/> (null = built in).</summary>
    public static UserError? Check(IResolveFieldContext context, long? organizationId, string field = "id")
    {
        var user = User(context);
        if (organizationId is null)
        {
            return AccessMatrix.Allows(user, GraphPolicies.ManageBuiltInCatalogs)
                ? null
                : new UserError(UserErrorCodes.Forbidden, "Built-in catalogs can only be changed by platform administrators.", field);
        }

        return AccessMatrix.Allows(user, GraphPolicies.ManageOrganizationFrameworks) && user.OrganizationId() == organizationId
            ? null
            : new UserError(UserErrorCodes.Forbidden, "Only organization admins can change the organization's frameworks.", field);
    }

    /// <summary>
    /// <see cref="Check"/>, and for built-in rows also whether the framework version is one the application ships
    /// (READ_ONLY: the loader would revert the edit at the next start).
    /// </summary>
    public static UserError? CheckEditable(IResolveFieldContext context, Framework framework, string field = "id")
    {
        if (Check(context, framework.OrganizationId, field) is { } forbidden)
        {
            return forbidden;
        }

        return framework.OrganizationId is null && IsShipped(context, framework.Key, framework.CatalogVersion)
            ? new UserError(UserErrorCodes.ReadOnly,
                $"{framework.Key} {framework.CatalogVersion} ships with the product and is restored from its files on every start; import a new catalog version instead.", field)
            : null;
    }

    public static bool IsShipped(IResolveFieldContext context, string key, string catalogVersion)
        => context.RequestServices!.GetService<ShippedCatalogs>()?.Contains(key, catalogVersion) == true;

    private static ClaimsPrincipal User(IResolveFieldContext context) => context.User ?? new ClaimsPrincipal();
}
