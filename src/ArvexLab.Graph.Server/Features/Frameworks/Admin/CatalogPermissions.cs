using System.Security.Claims;
using ArvexLab.Graph.GraphQL.Authorization;
using ArvexLab.Graph.GraphQL.Errors;
using ArvexLab.Graph.Server.Features.Identity;
using ArvexLab.Graph.Server.Graph;
using GraphQL;

namespace ArvexLab.Graph.Server.Features.Frameworks.Admin;

/// <summary>
/// Who may change which catalog rows, decided per row: built-in rows (no organization) need a platform
/// administrator, an organization's own rows an admin of that organization. Another organization's rows never get
/// this far: the tenant filter hides them, so they are NOT_FOUND like missing ones.
/// </summary>
internal static class CatalogPermissions
{
    /// <summary>Refuses callers who may change no catalog at all, before anything is read.</summary>
    /// <exception cref="GraphError">FORBIDDEN.</exception>
    public static void DemandAny(IResolveFieldContext context)
    {
        var user = User(context);
        if (!AccessMatrix.Allows(user, GraphPolicies.ManageBuiltInCatalogs) && !AccessMatrix.Allows(user, GraphPolicies.ManageOrganizationFrameworks))
        {
            throw new GraphError(AuthorizationErrorCodes.Forbidden, "Managing frameworks needs an organization admin or a platform administrator.");
        }
    }

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

    private static ClaimsPrincipal User(IResolveFieldContext context) => context.User ?? new ClaimsPrincipal();
}
