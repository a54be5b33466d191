using ArvexLab.Graph.Server.Data.Interceptors;
using ArvexLab.Graph.Server.Data.Seeding;
using ArvexLab.Graph.Server.Data.Startup;
using ArvexLab.Graph.Server.Data.Tenancy;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ArvexLab.Graph.Server.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// The database (SQLite file under <c>Data:Directory</c>, or PostgreSQL), tenant-aware contexts,
    /// migrate-and-seed on start, the demo data and the SQL command counter.
    /// </summary>
    public static IHostApplicationBuilder AddGraphData(this IHostApplicationBuilder builder)
    {
        builder.Services.AddGraphData(builder.Configuration, builder.Environment.ContentRootPath);
        return builder;
    }

    public static IServiceCollection AddGraphData(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddSingleton(GraphDataSettings.From(configuration, contentRoot));
        services.AddSingleton<SqlCommandCounter>();
        services.AddSingleton<ISqlCommandCounter>(sp => sp.GetRequiredService<SqlCommandCounter>());
        services.AddSingleton<GraphDbContextActivator>();

        services.AddScoped<TenantScope>();
        services.AddScoped<ITenantContext>(sp => sp.GetRequiredService<TenantScope>());
        // Until sign-in lands every request is the demo organization; the identity work registers its own.
        services.AddSingleton<DemoOrganization>();
        services.TryAddScoped<IRequestTenantContext, DemoTenantContext>();

        services.AddScoped<IGraphDbContextFactory, ScopedGraphDbContextFactory>();
        services.AddScoped(sp => sp.GetRequiredService<IGraphDbContextFactory>().Create());

        services.AddSingleton(DemoSettings.From(configuration));
        services.AddScoped<IDataSeeder, DemoSeeder>();
        services.AddHostedService<DatabaseInitializer>();
        return services;
    }
}
