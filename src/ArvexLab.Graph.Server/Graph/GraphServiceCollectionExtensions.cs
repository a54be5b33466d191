using ArvexLab.Graph.GraphQL;
using ArvexLab.Graph.GraphQL.Authorization;
using ArvexLab.Graph.GraphQL.Querying;
using ArvexLab.Graph.GraphQL.Subscriptions;
using GraphQL;

namespace ArvexLab.Graph.Server.Graph;

/// <summary>Wires the GraphQL schema, execution and the generic infrastructure.</summary>
public static class GraphServiceCollectionExtensions
{
    public static WebApplicationBuilder AddGraph(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddGraphInfrastructure(builder.Configuration);
        services.AddScoped<IQueryScopeFactory, DbQueryScopeFactory>();
        services.AddGraphQL(graph => graph
            .AddSchema<GraphSchema>()
            .AddGraphTypes(typeof(GraphSchema).Assembly)
            .AddSystemTextJson()
            .AddGraphAuthorization()
            .AddGraphSubscriptions()
            .AddErrorInfoProvider(options => options.ExposeExceptionDetails = builder.Environment.IsDevelopment())
            .UseTelemetry());
        return builder;
    }
}
