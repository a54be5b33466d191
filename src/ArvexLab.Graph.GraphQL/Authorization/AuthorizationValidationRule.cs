using System.Security.Claims;
using GraphQL.Validation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace ArvexLab.Graph.GraphQL.Authorization;

/// <summary>
/// Refuses an operation before it executes when it reaches anything the caller may not see or do:
/// elements marked with GraphQL.NET's <c>Authorize()</c>, <c>AuthorizeWithPolicy</c> or
/// <c>AuthorizeWithRoles</c> (on the schema, types, fields, arguments and input types), unless a field
/// says <c>AllowAnonymous()</c>. Policies are ASP.NET Core authorization policies. No user →
/// <c>UNAUTHENTICATED</c>; a user without the role or policy → <c>FORBIDDEN</c>. Nothing runs when
/// any error is reported, so a refused mutation changes nothing.
/// </summary>
public sealed class AuthorizationValidationRule : ValidationRuleBase
{
    // After variables are parsed, so @skip/@include and input objects in variables are seen as they will run.
    public override async ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation is null)
        {
            return null;
        }

        var requirements = RequirementCollector.Collect(context);
        if (requirements.Count == 0)
        {
            return null;
        }

        var user = context.User;
        if (user?.Identity?.IsAuthenticated != true)
        {
            var first = requirements[0];
            context.ReportError(new AuthorizationError(context, first.Node, AuthorizationErrorCodes.Unauthenticated,
                $"Authentication is required to access {first.Description}."));
            return null;
        }

        var policies = new PolicyCache(context, user);
        foreach (var requirement in requirements)
        {
            if (requirement.Roles.Count > 0 && !requirement.Roles.Any(user.IsInRole))
            {
                context.ReportError(new AuthorizationError(context, requirement.Node, AuthorizationErrorCodes.Forbidden,
                    $"Access to {requirement.Description} requires one of the roles {string.Join(", ", requirement.Roles)}."));
                continue;
            }

            foreach (var policy in requirement.Policies)
            {
                if (!await policies.AllowsAsync(policy).ConfigureAwait(false))
                {
                    context.ReportError(new AuthorizationError(context, requirement.Node, AuthorizationErrorCodes.Forbidden,
                        $"Access to {requirement.Description} requires the '{policy}' permission."));
                    break;
                }
            }
        }

        return null;
    }

    /// <summary>Each policy is evaluated once per request, however many elements demand it.</summary>
    private sealed class PolicyCache(ValidationContext context, ClaimsPrincipal user)
    {
        private readonly Dictionary<string, bool> results = new(StringComparer.Ordinal);
        private IAuthorizationService? service;

        public async ValueTask<bool> AllowsAsync(string policy)
        {
            if (!results.TryGetValue(policy, out var allowed))
            {
                service ??= context.RequestServices?.GetService<IAuthorizationService>()
                    ?? throw new InvalidOperationException(
                        "Authorization policies need IAuthorizationService: call services.AddAuthorization() and pass RequestServices.");
                allowed = (await service.AuthorizeAsync(user, resource: null, policy).ConfigureAwait(false)).Succeeded;
                results[policy] = allowed;
            }

            return allowed;
        }
    }
}
