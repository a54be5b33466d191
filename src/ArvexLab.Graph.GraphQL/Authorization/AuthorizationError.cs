using GraphQL.Validation;
using GraphQLParser.AST;

namespace ArvexLab.Graph.GraphQL.Authorization;

/// <summary>A validation error with the authorization code (<c>UNAUTHENTICATED</c> or <c>FORBIDDEN</c>) as <c>extensions.code</c>.</summary>
public sealed class AuthorizationError : ValidationError
{
    public AuthorizationError(ValidationContext context, ASTNode node, string code, string message)
        : base(context.Document.Source, number: null, message, node)
    {
        Code = code;
    }
}
