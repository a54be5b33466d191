using System.Security.Claims;
using GraphQL;

namespace ArvexLab.Graph.Server.Graph;

/// <summary>Who is acting, as written into audit events: the user's e-mail/name, a partner client's id, or the demo.</summary>
public static class Actor
{
    public static string Of(IResolveFieldContext context) => Of(context.User);

    public static string Of(ClaimsPrincipal? user)
        => user?.FindFirst("email")?.Value
           ?? user?.FindFirst(ClaimTypes.Email)?.Value
           ?? user?.FindFirst("name")?.Value
           ?? user?.Identity?.Name
           ?? user?.FindFirst("client_id")?.Value
           ?? user?.FindFirst("sub")?.Value
           ?? "anonymous";
}
