using ArvexLab.Graph.GraphQL.Relay;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Graph;
using GraphQL;
using GraphQL.Types;

namespace ArvexLab.Graph.Server.Features.Identity.Management;

public sealed class OrganizationRoleEnumType() : NamedEnumType<OrganizationRole>("OrganizationRole",
    "What a member may do in the organization.",
    (OrganizationRole.Admin, GraphClaims.AdminRole, "Users, partner clients, vendors and the organization's frameworks."),
    (OrganizationRole.Reviewer, GraphClaims.ReviewerRole, "Upload evidence and review findings."),
    (OrganizationRole.Viewer, GraphClaims.ViewerRole, "Read."));

public sealed class UserType : ObjectGraphType<AppUser>
{
    public UserType()
    {
        Name = "User";
        Description = "A member of the organization who signs in to the portal.";
        this.AuthorizeWithPolicy(GraphPolicies.Read);
        this.ImplementNode();
        Field<NonNullGraphType<StringGraphType>>("email").Description("Sign-in e-mail.").Resolve(c => c.Source.Email);
        Field(u => u.DisplayName, nullable: true).Description("Name shown in the portal and the audit trail.");
        Field<NonNullGraphType<OrganizationRoleEnumType>>("role").Description("The member's one role.").Resolve(c => c.Source.Role);
        Field(u => u.IsPlatformAdmin).Description("May manage the built-in framework catalogs.");
        Field(u => u.IsActive).Description("False once deactivated: the user can no longer sign in.");
        Field(u => u.CreatedAt).Description("When the account was created.");
    }
}

/// <summary>The user after the change (or as it is), a one-time password for new accounts, and why nothing changed.</summary>
public sealed record UserPayload(AppUser? User, IReadOnlyList<UserError> Errors, string? TemporaryPassword = null);

public sealed class UserPayloadType : ObjectGraphType<UserPayload>
{
    public UserPayloadType()
    {
        Name = "UserPayload";
        Description = "The user after the change, or why nothing changed.";
        Field<UserType>("user").Description("The user as stored now.").Resolve(c => c.Source.User);
        Field<StringGraphType>("temporaryPassword")
            .Description("For a new account only, shown this once: hand it to the user, who signs in with it. Never stored in clear.")
            .Resolve(c => c.Source.TemporaryPassword);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors").Description("Empty when the change applied.").Resolve(c => c.Source.Errors);
    }
}

public sealed class CreateUserInputType : InputObjectGraphType
{
    public CreateUserInputType()
    {
        Name = "CreateUserInput";
        Description = "A new user of the organization.";
        Field<NonNullGraphType<StringGraphType>>("email").Description("Sign-in e-mail, unique across the platform.");
        Field<StringGraphType>("displayName").Description("Name shown in the portal.");
        Field<NonNullGraphType<OrganizationRoleEnumType>>("role").Description("The member's role.");
    }
}

public sealed class ChangeUserRoleInputType : InputObjectGraphType
{
    public ChangeUserRoleInputType()
    {
        Name = "ChangeUserRoleInput";
        Description = "A user and the role to give them.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The user's ID.");
        Field<NonNullGraphType<OrganizationRoleEnumType>>("role").Description("The new role.");
    }
}

public sealed class UserIdInputType : InputObjectGraphType
{
    public UserIdInputType()
    {
        Name = "UserIdInput";
        Description = "Identifies one of the organization's users.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The user's ID.");
    }
}
