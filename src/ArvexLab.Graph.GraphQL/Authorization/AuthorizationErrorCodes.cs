namespace ArvexLab.Graph.GraphQL.Authorization;

/// <summary>The <c>extensions.code</c> values of authorization failures.</summary>
public static class AuthorizationErrorCodes
{
    /// <summary>The request carries no authenticated user, and the selection needs one.</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";

    /// <summary>The user is authenticated but lacks a role or fails a policy the selection demands.</summary>
    public const string Forbidden = "FORBIDDEN";
}
