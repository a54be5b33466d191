using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace ArvexLab.Graph.GraphQL.Authorization;

/// <summary>
/// One schema element (schema, type, field, argument or input field) with authorization metadata, as
/// reached by one node of the operation: the unit the rule checks and reports.
/// </summary>
internal sealed record AuthorizationRequirement(IMetadataReader Element, string Description, ASTNode Node)
{
    public IReadOnlyList<string> Policies => Element.GetPolicies() ?? [];

    public IReadOnlyList<string> Roles => Element.GetRoles() ?? [];

    public static bool Applies(IMetadataReader element) =>
        element.IsAuthorizationRequired() || element.GetPolicies() is { Count: > 0 } || element.GetRoles() is { Count: > 0 };
}
