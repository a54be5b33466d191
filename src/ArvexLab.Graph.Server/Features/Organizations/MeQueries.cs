using System.Security.Claims;
using ArvexLab.Graph.GraphQL.Querying;
using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Graph;
using GraphQL.Types;

namespace ArvexLab.Graph.Server.Features.Organizations;

/// <summary>Who the caller is: the signed-in user or partner client, its organization, roles and scopes.</summary>
public sealed record Viewer(string Name, long? OrganizationId, IReadOnlyList<string> Roles, IReadOnlyList<string> Scopes);

public sealed class ViewerType : ObjectGraphType<Viewer>
{
    public ViewerType()
    {
        Name = "Viewer";
        Description = "The caller of the request.";
        Field(v => v.Name).Description("The user's e-mail or name, or the partner client's id.");
        Field<OrganizationType>("organization").Description("The organization the caller acts for.")
            .Resolve(ctx => ctx.Source.OrganizationId is { } id ? ctx.LoadById<Organization>(id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("roles")
            .Description("Roles in the organization (ADMIN, REVIEWER, VIEWER; PLATFORM_ADMIN).").Resolve(c => c.Source.Roles);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("scopes")
            .Description("OAuth scopes granted to the caller's token.").Resolve(c => c.Source.Scopes);
    }
}

public static class MeQueries
{
    public static void AddMeQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ViewerType>>("me")
            .Description("The caller: user or partner client, organization, roles and scopes.")
            .Resolve(ctx =>
            {
                var user = ctx.User ?? new ClaimsPrincipal();
                var tenant = ctx.RequestServices!.GetRequiredService<ITenantContext>();
                var roles = user.FindAll(ClaimTypes.Role).Concat(user.FindAll("role")).Select(c => c.Value).Distinct().ToList();
                var scopes = user.FindAll("scope").SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Distinct().ToList();
                return new Viewer(Actor.Of(ctx), tenant.OrganizationId, roles, scopes);
            });
    }
}
