using System.Security.Claims;
using ArvexLab.Graph.Server.Features.Identity;
using GraphQL;

namespace ArvexLab.Graph.Server.Graph;

/// <summary>Who is acting, as written into audit events: the user's e-mail, or a partner client's id.</summary>
public static class Actor
{
    public static string Of(IResolveFieldContext context) => (context.User ?? new ClaimsPrincipal()).ActorName();
}
