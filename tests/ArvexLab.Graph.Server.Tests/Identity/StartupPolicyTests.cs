using System.Net;
using Microsoft.Extensions.Hosting;

namespace ArvexLab.Graph.Server.Tests.Identity;

/// <summary>What the server refuses outside Development: missing certificates, plain HTTP, demo accounts.</summary>
public sealed class StartupPolicyTests
{
    [Fact]
    public void Production_without_token_certificates_fails_at_start_with_a_clear_message()
    {
        using var host = new EnvironmentHost(Environments.Production, ephemeralKeys: false);

        var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        var message = Unwrap(error).Message;
        Assert.Contains("Identity:SigningCertificate:Path", message);
        Assert.Contains("Identity:EncryptionCertificate:Path", message);
    }

    [Fact]
    public async Task Outside_Development_the_token_endpoint_refuses_plain_http()
    {
        using var host = new EnvironmentHost(Environments.Staging, ephemeralKeys: true);
        using var client = host.CreateClient();

        using var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "demo-partner",
            ["client_secret"] = IdentityTestHost.DemoPassword,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("HTTPS", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    private static Exception Unwrap(Exception error)
    {
        while (error is AggregateException or System.Reflection.TargetInvocationException && error.InnerException is not null)
        {
            error = error.InnerException;
        }

        return error;
    }

    private sealed class EnvironmentHost(string environment, bool ephemeralKeys) : IdentityTestHost
    {
        protected override string Environment => environment;

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Identity:EphemeralKeys", ephemeralKeys ? "true" : "false");
        }
    }
}
