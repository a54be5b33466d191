using GraphQL.Types;

namespace ArvexLab.Graph.Server.Graph;

/// <summary>A problem with a mutation's input, reported in its payload rather than as a GraphQL error.</summary>
public sealed record UserError(string Code, string Message, string? Field = null);

public sealed class UserErrorType : ObjectGraphType<UserError>
{
    public UserErrorType()
    {
        Name = "UserError";
        Description = "Why a mutation did not apply: a stable code, a readable message and the input field concerned.";
        Field(e => e.Code).Description("Stable machine-readable code, e.g. NOT_FOUND, VALIDATION, CONFLICT.");
        Field(e => e.Message).Description("Human-readable explanation.");
        Field(e => e.Field, nullable: true).Description("The input field the error concerns, if any.");
    }
}

/// <summary>Codes used in mutation payload errors.</summary>
public static class UserErrorCodes
{
    public const string NotFound = "NOT_FOUND";
    public const string Validation = "VALIDATION";
    public const string Conflict = "CONFLICT";
    public const string Duplicate = "DUPLICATE";
    public const string Forbidden = "FORBIDDEN";
    public const string InUse = "IN_USE";
    public const string HasChildren = "HAS_CHILDREN";
    public const string ReadOnly = "READ_ONLY";
}
