using ArvexLab.Graph.GraphQL.DataLoader;
using ArvexLab.Graph.GraphQL.Filtering;
using ArvexLab.Graph.GraphQL.Paging;
using ArvexLab.Graph.GraphQL.Persisted;
using ArvexLab.Graph.GraphQL.Protection;
using ArvexLab.Graph.GraphQL.Relay;
using ArvexLab.Graph.GraphQL.Sorting;
using ArvexLab.Graph.GraphQL.Subscriptions;
using ArvexLab.Graph.GraphQL.Transport;
using ArvexLab.Graph.GraphQL.Upload;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ArvexLab.Graph.GraphQL;

/// <summary>Registers the generic GraphQL infrastructure (paging, filtering, relay, loaders, transport options).</summary>
public static class GraphInfrastructureServiceCollectionExtensions
{
    public static IServiceCollection AddGraphInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<DataLoaderContext>();
        services.Configure<PagingOptions>(configuration.GetSection("GraphQL:Paging"));
        services.Configure<GraphQLHttpOptions>(configuration.GetSection("GraphQL:Http"));
        services.Configure<GraphQLProtectionOptions>(configuration.GetSection("GraphQL:Protection"));
        services.Configure<GraphQLWebSocketOptions>(configuration.GetSection("GraphQL:WebSockets"));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<CostRateLimiter>();
        services.TryAddSingleton<ParsedDocumentCache>();
        services.AddGraphQLCors(configuration);
        services.Configure<UploadOptions>(configuration.GetSection("GraphQL:Uploads"));
        services.TryAddTransient<UploadGraphType>();
        services.Configure<PersistedDocumentOptions>(configuration.GetSection("GraphQL:PersistedDocuments"));
        services.TryAddSingleton<PersistedDocuments>();

        // Generic graph types are closed over domain types at schema build time.
        services.TryAddTransient(typeof(ConnectionGraphType<,>));
        services.TryAddTransient(typeof(EdgeGraphType<,>));
        services.TryAddTransient(typeof(ComparableOperationFilterInput<>));
        services.TryAddTransient(typeof(EnumOperationFilterInput<>));
        services.TryAddTransient(typeof(ListFilterInputType<>));
        services.TryAddTransient<PageInfoGraphType>();
        services.TryAddTransient<NodeInterface>();
        services.TryAddTransient<StringOperationFilterInput>();
        services.TryAddTransient<BooleanOperationFilterInput>();
        services.TryAddTransient<StringListFilterInput>();
        services.TryAddTransient<SortEnumType>();
        return services;
    }
}
