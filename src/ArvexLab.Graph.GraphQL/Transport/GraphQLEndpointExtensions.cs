using GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace ArvexLab.Graph.GraphQL.Transport;

/// <summary>Maps the GraphQL-over-HTTP endpoint.</summary>
public static class GraphQLEndpointExtensions
{
    public static IEndpointConventionBuilder MapGraphQLEndpoint<TSchema>(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
        where TSchema : ISchema
    {
        var endpoint = new GraphQLHttpEndpoint<TSchema>();
        return endpoints.MapMethods(pattern, ["GET", "POST", "PUT", "PATCH", "DELETE"], endpoint.HandleAsync);
    }
}
