using ArvexLab.Graph.Server.Data;
using Microsoft.AspNetCore.DataProtection;

namespace ArvexLab.Graph.Server.Features.Evidence.Download;

/// <summary>
/// Where the ASP.NET Data Protection key ring lives (section <c>DataProtection</c>). Download links (and sign-in
/// cookies) minted by one node must open on every other node and after a restart, so the keys are kept where all nodes
/// see them: in the database by default (nodes already share it), or in <c>DataProtection:KeysFolder</c> (a shared
/// volume). The application name is fixed, because the default one is the install path, which differs between nodes.
/// </summary>
public static class DataProtectionKeyRing
{
    public const string DefaultApplicationName = "ArvexLab.Graph";

    public static IServiceCollection AddSharedDataProtection(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("DataProtection");
        var builder = services.AddDataProtection()
            .SetApplicationName(section["ApplicationName"] is { Length: > 0 } name ? name : DefaultApplicationName);
        if (section["KeysFolder"] is { Length: > 0 } folder)
        {
            builder.PersistKeysToFileSystem(Directory.CreateDirectory(Path.GetFullPath(folder)));
        }
        else
        {
            // The key table has no tenant filter and is not in the change feed: the key ring belongs to the deployment.
            builder.PersistKeysToDbContext<GraphDbContext>();
        }

        return services;
    }
}
