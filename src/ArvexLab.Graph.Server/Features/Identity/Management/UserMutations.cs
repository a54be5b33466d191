using System.Globalization;
using System.Security.Cryptography;
using ArvexLab.Graph.GraphQL.Relay;
using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Data.Tenancy;
using ArvexLab.Graph.Server.Features.Audit;
using ArvexLab.Graph.Server.Graph;
using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;

namespace ArvexLab.Graph.Server.Features.Identity.Management;

/// <summary>Organization admins manage members: create, change role, deactivate, reactivate. Each change is audited.</summary>
public static class UserMutations
{
    public static void AddUserMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<UserPayloadType>>("createUser")
            .Description("Adds a member with a one-time password to hand over (returned once).")
            .Argument<NonNullGraphType<CreateUserInputType>>("input", "The new member.")
            .AuthorizeWithPolicy(GraphPolicies.ManageOrganization)
            .ResolveAsync(async ctx => await CreateAsync(ctx, ctx.GetArgument<Dictionary<string, object?>>("input")));

        mutation.Field<NonNullGraphType<UserPayloadType>>("changeUserRole")
            .Description("Gives a member another role; it applies from the member's next token refresh.")
            .Argument<NonNullGraphType<ChangeUserRoleInputType>>("input", "The member and the new role.")
            .AuthorizeWithPolicy(GraphPolicies.ManageOrganization)
            .ResolveAsync(async ctx => await ChangeAsync(ctx, "ROLE_CHANGED", (user, input, self) =>
            {
                var role = (OrganizationRole)input["role"]!;
                user.Role = role;
                return null;
            }));

        mutation.Field<NonNullGraphType<UserPayloadType>>("deactivateUser")
            .Description("Stops a member from signing in; the member's tokens stop working at once.")
            .Argument<NonNullGraphType<UserIdInputType>>("input", "The member.")
            .AuthorizeWithPolicy(GraphPolicies.ManageOrganization)
            .ResolveAsync(async ctx => await ChangeAsync(ctx, "DEACTIVATED", (user, _, self) =>
            {
                if (self)
                {
                    return new UserError(UserErrorCodes.Validation, "You cannot deactivate yourself.", "id");
                }

                user.IsActive = false;
                return null;
            }));

        mutation.Field<NonNullGraphType<UserPayloadType>>("reactivateUser")
            .Description("Lets a deactivated member sign in again.")
            .Argument<NonNullGraphType<UserIdInputType>>("input", "The member.")
            .AuthorizeWithPolicy(GraphPolicies.ManageOrganization)
            .ResolveAsync(async ctx => await ChangeAsync(ctx, "REACTIVATED", (user, _, _) =>
            {
                user.IsActive = true;
                return null;
            }));
    }

    private static async Task<UserPayload> CreateAsync(IResolveFieldContext ctx, Dictionary<string, object?> input)
    {
        var services = ctx.RequestServices!;
        var email = ((string)input["email"]!).Trim();
        var displayName = (input.GetValueOrDefault("displayName") as string)?.Trim();
        if (email.Length is 0 or > 256 || !email.Contains('@', StringComparison.Ordinal))
        {
            return new UserPayload(null, [new UserError(UserErrorCodes.Validation, "Enter a valid e-mail address.", "email")]);
        }

        // E-mails are unique across organizations (they are the sign-in name), so look beyond the tenant.
        var users = services.GetRequiredService<UserManager<AppUser>>();
        await using (var system = services.GetRequiredService<GraphDbContextActivator>().Create(SystemTenantContext.Instance))
        {
            var normalized = users.NormalizeEmail(email);
            if (await system.Users.AnyAsync(u => u.NormalizedEmail == normalized, ctx.CancellationToken))
            {
                return new UserPayload(null, [new UserError(UserErrorCodes.Duplicate, "An account with this e-mail already exists.", "email")]);
            }
        }

        var password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(15)).Replace('+', 'x').Replace('/', 'y') + "Aa7";
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = string.IsNullOrEmpty(displayName) ? null : displayName,
            Role = (OrganizationRole)input["role"]!,
            OrganizationId = UserQueries.TenantOf(ctx),
            CreatedAt = DateTimeOffset.UtcNow,
        };

        var db = services.GetRequiredService<GraphDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(ctx.CancellationToken);
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            return new UserPayload(null, [.. result.Errors.Select(e => new UserError(UserErrorCodes.Validation, e.Description, "email"))]);
        }

        db.Record(Actor.Of(ctx), "CREATED", "User", user.Id, after: Snapshot(user));
        await db.SaveChangesAsync(ctx.CancellationToken);
        await transaction.CommitAsync(ctx.CancellationToken);
        return new UserPayload(user, [], password);
    }

    private static async Task<UserPayload> ChangeAsync(IResolveFieldContext ctx, string action,
        Func<AppUser, Dictionary<string, object?>, bool, UserError?> change)
    {
        var services = ctx.RequestServices!;
        var input = ctx.GetArgument<Dictionary<string, object?>>("input");
        var db = services.GetRequiredService<GraphDbContext>();
        var id = GlobalId.Decode((string)input["id"]!, "User");
        // Tenant-filtered: another organization's member is as missing as a made-up ID.
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == id, ctx.CancellationToken);
        if (user is null)
        {
            return new UserPayload(null, [new UserError(UserErrorCodes.NotFound, "No user has this ID.", "id")]);
        }

        var self = ctx.User?.FindFirst(OpenIddictConstants.Claims.Subject)?.Value == user.Id.ToString(CultureInfo.InvariantCulture);
        var before = Snapshot(user);
        var error = change(user, input, self);
        if (error is null && await LeavesNoAdminAsync(db, user, ctx.CancellationToken))
        {
            error = new UserError(UserErrorCodes.Validation, "The organization must keep at least one active admin.", "id");
        }

        if (error is not null)
        {
            await db.Entry(user).ReloadAsync(ctx.CancellationToken);
            return new UserPayload(user, [error]);
        }

        db.Record(Actor.Of(ctx), action, "User", user.Id, before, Snapshot(user));
        var result = await services.GetRequiredService<UserManager<AppUser>>().UpdateAsync(user);
        if (!result.Succeeded)
        {
            return new UserPayload(user, [.. result.Errors.Select(e => new UserError(UserErrorCodes.Validation, e.Description))]);
        }

        if (!user.IsActive)
        {
            var subject = user.Id.ToString(CultureInfo.InvariantCulture);
            await services.GetRequiredService<IOpenIddictTokenManager>().RevokeBySubjectAsync(subject, ctx.CancellationToken);
            await services.GetRequiredService<IOpenIddictAuthorizationManager>().RevokeBySubjectAsync(subject, ctx.CancellationToken);
        }

        return new UserPayload(user, []);
    }

    private static async Task<bool> LeavesNoAdminAsync(GraphDbContext db, AppUser changed, CancellationToken ct)
    {
        if (changed.Role == OrganizationRole.Admin && changed.IsActive)
        {
            return false;
        }

        return !await db.Users.AnyAsync(u => u.Id != changed.Id && u.Role == OrganizationRole.Admin && u.IsActive, ct);
    }

    private static object Snapshot(AppUser u) =>
        new { u.Email, u.DisplayName, Role = GraphClaims.RoleName(u.Role), u.IsActive };
}
