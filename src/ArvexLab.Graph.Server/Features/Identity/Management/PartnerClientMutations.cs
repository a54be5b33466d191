using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Features.Audit;
using ArvexLab.Graph.Server.Graph;
using GraphQL;
using GraphQL.Types;

namespace ArvexLab.Graph.Server.Features.Identity.Management;

/// <summary>Organization admins manage partner clients: create (secret once), rotate the secret, revoke. Each change is audited.</summary>
public static class PartnerClientMutations
{
    private const string EntityType = "PartnerClient";

    public static void AddPartnerClientMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<PartnerClientPayloadType>>("createPartnerClient")
            .Description("Registers a partner system; the payload carries its secret, shown this once.")
            .Argument<NonNullGraphType<CreatePartnerClientInputType>>("input", "The new client.")
            .AuthorizeWithPolicy(GraphPolicies.ManageOrganization)
            .ResolveAsync(async ctx => await CreateAsync(ctx));

        mutation.Field<NonNullGraphType<PartnerClientPayloadType>>("rotatePartnerClientSecret")
            .Description("Issues a new secret (shown once); the old secret and every token issued with it stop working.")
            .Argument<NonNullGraphType<PartnerClientIdInputType>>("input", "The client.")
            .AuthorizeWithPolicy(GraphPolicies.ManageOrganization)
            .ResolveAsync(async ctx => await OnExistingAsync(ctx, "SECRET_ROTATED", async (directory, application) =>
                await directory.RotateSecretAsync(application, ctx.CancellationToken)));

        mutation.Field<NonNullGraphType<PartnerClientPayloadType>>("revokePartnerClient")
            .Description("Removes a partner client; its tokens stop working at once.")
            .Argument<NonNullGraphType<PartnerClientIdInputType>>("input", "The client.")
            .AuthorizeWithPolicy(GraphPolicies.ManageOrganization)
            .ResolveAsync(async ctx => await OnExistingAsync(ctx, "REVOKED", async (directory, application) =>
            {
                await directory.DeleteAsync(application, ctx.CancellationToken);
                return null;
            }));
    }

    private static async Task<PartnerClientPayload> CreateAsync(IResolveFieldContext ctx)
    {
        var input = ctx.GetArgument<Dictionary<string, object?>>("input");
        var name = ((string)input["name"]!).Trim();
        var scopes = ((IEnumerable<object?>)input["scopes"]!).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (name.Length is 0 or > 200)
        {
            return new PartnerClientPayload(null, [new UserError(UserErrorCodes.Validation, "Give the client a name of 1 to 200 characters.", "name")]);
        }

        if (scopes.Count == 0)
        {
            return new PartnerClientPayload(null, [new UserError(UserErrorCodes.Validation, "Grant at least one scope.", "scopes")]);
        }

        var (client, secret) = await UserQueries.Organization(ctx).CreateAsync(name, scopes, ctx.CancellationToken);
        await AuditAsync(ctx, "CREATED", before: null, after: client);
        return new PartnerClientPayload(client, [], secret);
    }

    private static async Task<PartnerClientPayload> OnExistingAsync(IResolveFieldContext ctx, string action,
        Func<PartnerClientDirectory, object, Task<string?>> change)
    {
        var clientId = (string)ctx.GetArgument<Dictionary<string, object?>>("input")["clientId"]!;
        var directory = UserQueries.Organization(ctx);
        var application = await directory.FindAsync(clientId, ctx.CancellationToken);
        if (application is null)
        {
            return new PartnerClientPayload(null, [new UserError(UserErrorCodes.NotFound, "No partner client has this client ID.", "clientId")]);
        }

        var client = await directory.DescribeAsync(application, ctx.CancellationToken);
        var secret = await change(directory, application);
        await AuditAsync(ctx, action, before: client, after: action == "REVOKED" ? null : client);
        return new PartnerClientPayload(client, [], secret);
    }

    // Clients live in OpenIddict's tables with string keys; the audit row names the client id in its snapshot.
    private static async Task AuditAsync(IResolveFieldContext ctx, string action, PartnerClient? before, PartnerClient? after)
    {
        var db = ctx.RequestServices!.GetRequiredService<GraphDbContext>();
        db.Record(Actor.Of(ctx), action, EntityType, entityId: 0, before, after, comment: (after ?? before)?.ClientId);
        await db.SaveChangesAsync(ctx.CancellationToken);
    }
}
