using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Features.Frameworks.Catalogs;
using Microsoft.Extensions.DependencyInjection;

namespace ArvexLab.Graph.Server.Tests.Frameworks.Catalogs;

public sealed class CatalogServiceCollectionExtensionsTests
{
    [Fact]
    public async Task The_registered_seeder_is_the_catalog_loader_at_order_100_and_loads_from_the_given_folder()
    {
        using var database = new CatalogTestDatabase();
        var services = new ServiceCollection().AddLogging().AddBuiltInCatalogs(CatalogTestData.SourceFolder);
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        await using var scope = provider.CreateAsyncScope();

        var seeder = Assert.Single(scope.ServiceProvider.GetServices<IDataSeeder>());
        await using var db = database.Open();
        await seeder.SeedAsync(db, CancellationToken.None);

        Assert.IsType<BuiltInCatalogLoader>(seeder);
        Assert.Equal(100, seeder.Order);
        Assert.Equal(7, db.Frameworks.Count());
        Assert.True(provider.GetRequiredService<AccreditationBodyRegistry>().IsKnownSignatory("UKAS"));
    }
}
