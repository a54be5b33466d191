using ArvexLab.Graph.Server.Data;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Features.Identity.Management;

public static class UserQueries
{
    public static void AddIdentityQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserType>>>>("organizationUsers")
            .Description("The organization's members, active and deactivated, by e-mail.")
            .AuthorizeWithPolicy(GraphPolicies.ManageOrganization)
            .ResolveAsync(async ctx =>
            {
                var db = ctx.RequestServices!.GetRequiredService<GraphDbContext>();
                // The tenant filter limits this to the caller's organization.
                return await db.Users.AsNoTracking().OrderBy(u => u.NormalizedEmail).ToListAsync(ctx.CancellationToken);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PartnerClientType>>>>("partnerClients")
            .Description("The organization's partner clients (OAuth client credentials).")
            .AuthorizeWithPolicy(GraphPolicies.ManageOrganization)
            .ResolveAsync(async ctx => await Organization(ctx).ListAsync(ctx.CancellationToken));
    }

    internal static PartnerClientDirectory Organization(IResolveFieldContext ctx) =>
        ctx.RequestServices!.GetRequiredService<PartnerClientDirectory>();

    internal static long TenantOf(IResolveFieldContext ctx) =>
        ctx.RequestServices!.GetRequiredService<ITenantContext>().OrganizationId
        ?? throw new InvalidOperationException("Organization management needs a caller with an organization.");
}
