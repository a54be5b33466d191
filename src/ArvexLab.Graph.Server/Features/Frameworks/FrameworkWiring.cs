using ArvexLab.Graph.Server.Features.Frameworks.Catalogs;

namespace ArvexLab.Graph.Server.Features.Frameworks;

/// <summary>Framework catalogs: the built-in catalogs load (idempotently) on every start.</summary>
public static class FrameworkWiring
{
    public static WebApplicationBuilder AddFrameworks(this WebApplicationBuilder builder)
    {
        builder.Services.AddBuiltInCatalogs();
        return builder;
    }
}
