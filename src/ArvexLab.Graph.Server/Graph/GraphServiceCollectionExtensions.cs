using ArvexLab.Graph.GraphQL;
using ArvexLab.Graph.GraphQL.Authorization;
using ArvexLab.Graph.GraphQL.Persisted;
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
        services.PostConfigure<PersistedDocumentOptions>(options => options.ManifestPath = PortalManifest(builder.Environment, options.ManifestPath));
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

    /// <summary>
    /// The portal's build registers its operations in wwwroot/persisted-documents.json; that is the default
    /// manifest. A configured relative path is relative to the content root, not the working directory.
    /// </summary>
    private static string? PortalManifest(IWebHostEnvironment environment, string? configured)
    {
        if (!string.IsNullOrEmpty(configured))
        {
            return Path.IsPathRooted(configured) ? configured : Path.Combine(environment.ContentRootPath, configured);
        }

        var built = Path.Combine(environment.WebRootPath ?? Path.Combine(environment.ContentRootPath, "wwwroot"), "persisted-documents.json");
        return File.Exists(built) ? built : null;
    }
}
