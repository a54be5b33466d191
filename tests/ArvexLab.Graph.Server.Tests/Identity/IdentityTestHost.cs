using System.Security.Claims;
using ArvexLab.Graph.Server.Features.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenIddict.Validation;
using OpenIddict.Validation.AspNetCore;

namespace ArvexLab.Graph.Server.Tests.Identity;

/// <summary>
/// The real server with a temporary SQLite data folder, the demo identities seeded and in-memory
/// token keys; the identity management fields are called on the real <c>/graphql</c>.
/// </summary>
public class IdentityTestHost : WebApplicationFactory<Program>
{
    public const string DemoPassword = "Demo-Password-4-Tests";
    public const string ProtectedPath = "/test/protected";
    public const string WritePath = "/test/write";
    public const string GraphQLPath = "/graphql";

    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "arvexlab-identity-tests", Guid.NewGuid().ToString("N"));

    /// <summary>The clock the token validation sees; tests move it forward to make tokens expire.</summary>
    public ShiftableTimeProvider ValidationClock { get; } = new();

    protected virtual string Environment => Environments.Development;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(dataDirectory);
        builder.UseEnvironment(Environment);
        builder.UseSetting("Data:Directory", dataDirectory);
        builder.UseSetting("Demo:Enabled", "true");
        builder.UseSetting("Demo:Password", DemoPassword);
        builder.UseSetting("Identity:EphemeralKeys", "true");

        // Program.cs wires data, identity and the graph; the host adds test endpoints and a movable clock.
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<IStartupFilter>(new TestPipeline());
            services.Configure<OpenIddictValidationOptions>(o => o.TimeProvider = ValidationClock);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the temp folder is cleaned by the OS.
        }
    }

    /// <summary>Protected test endpoints; they run before Program's pipeline, so they authenticate for themselves.</summary>
    private sealed class TestPipeline : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseRouting();
            app.UseAuthentication();
            app.UseAuthorization();
            app.UseEndpoints(endpoints =>
            {
                var bearer = new Microsoft.AspNetCore.Authorization.AuthorizeAttribute { AuthenticationSchemes = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme };
                endpoints.MapGet(ProtectedPath, (ClaimsPrincipal user) => Results.Ok(new
                {
                    subject = user.FindFirst("sub")?.Value,
                    organization = user.OrganizationId(),
                }))
                    .RequireAuthorization(GraphPolicies.Read).WithMetadata(bearer);
                endpoints.MapPost(WritePath, () => Results.Ok())
                    .RequireAuthorization(GraphPolicies.ManageVendors).WithMetadata(bearer);
            });
            next(app);
        };
    }
}

/// <summary>A clock that can be moved forward, so expiry is tested without waiting.</summary>
public sealed class ShiftableTimeProvider : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;
}
