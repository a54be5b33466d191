using GraphQL;
using GraphQL.DI;

namespace ArvexLab.Graph.GraphQL.Authorization;

public static class AuthorizationGraphQLBuilderExtensions
{
    /// <summary>
    /// Adds <see cref="AuthorizationValidationRule"/>, also for cached (persisted) documents: a document
    /// validated once for one caller must still be checked for the next.
    /// </summary>
    public static IGraphQLBuilder AddGraphAuthorization(this IGraphQLBuilder builder) =>
        builder.AddValidationRule<AuthorizationValidationRule>(useForCachedDocuments: true);
}
