using ArvexLab.Graph.Server.Data;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ArvexLab.Graph.Server.Features.Frameworks.Catalogs;

public static class CatalogServiceCollectionExtensions
{
    /// <summary>
    /// Registers the built-in catalog loader as a start-up seeder (Order 100) and the accreditation body registry.
    /// <paramref name="folder"/> defaults to the data copied next to the application.
    /// </summary>
    public static IServiceCollection AddBuiltInCatalogs(this IServiceCollection services, CatalogDataFolder? folder = null)
    {
        services.TryAddSingleton(folder ?? CatalogDataFolder.Default);
        services.AddScoped<IDataSeeder, BuiltInCatalogLoader>();
        services.TryAddSingleton<ShippedCatalogs>();
        services.TryAddSingleton(sp => AccreditationBodyRegistry.Load(sp.GetRequiredService<CatalogDataFolder>()));
        return services;
    }
}
