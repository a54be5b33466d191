using System.Net;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Data.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ArvexLab.Graph.Server.Tests.Identity;

/// <summary>The login page against ASP.NET Core Identity. Each test uses its own account, so lockouts do not leak.</summary>
public sealed class LoginTests(IdentityTestHost host) : IClassFixture<IdentityTestHost>
{
    [Fact]
    public async Task Right_password_signs_in_and_redirects_to_the_local_return_url()
    {
        var email = await NewUserAsync();
        using var response = await new OAuthTestClient(host).SignInAsync(email, IdentityTestHost.DemoPassword, "/connect/authorize?x=1");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/connect/authorize?x=1", response.Headers.Location!.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("arvexlab.session=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Foreign_return_url_is_replaced_by_the_root()
    {
        var email = await NewUserAsync();
        using var response = await new OAuthTestClient(host).SignInAsync(email, IdentityTestHost.DemoPassword, "https://evil.example/");

        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Account_locks_after_five_failures_even_for_the_right_password()
    {
        var email = await NewUserAsync();
        var client = new OAuthTestClient(host);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var failed = await client.SignInAsync(email, "wrong-password-123");
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }

        using var locked = await client.SignInAsync(email, IdentityTestHost.DemoPassword);

        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Contains("locked", await locked.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Deactivated_user_cannot_sign_in()
    {
        var email = await NewUserAsync(active: false);
        using var response = await new OAuthTestClient(host).SignInAsync(email, IdentityTestHost.DemoPassword);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Invalid e-mail or password.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Login_post_without_the_antiforgery_token_is_refused()
    {
        using var client = host.CreateClient();
        using var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = "admin@demo.arvexlab.test",
            ["password"] = IdentityTestHost.DemoPassword,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Passwords_are_stored_hashed()
    {
        var email = await NewUserAsync();
        await using var scope = host.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email);

        Assert.NotNull(user?.PasswordHash);
        Assert.DoesNotContain(IdentityTestHost.DemoPassword, user.PasswordHash);
    }

    private async Task<string> NewUserAsync(bool active = true)
    {
        await using var scope = host.Services.CreateAsyncScope();
        // Test set-up acts as start-up seeding does: as the system, stamping the organization itself.
        scope.ServiceProvider.GetRequiredService<TenantScope>().UseSystem();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var admin = await users.FindByEmailAsync("admin@demo.arvexlab.test");
        var email = $"user-{Guid.NewGuid():N}@demo.arvexlab.test";
        var result = await users.CreateAsync(new AppUser
        {
            UserName = email,
            Email = email,
            OrganizationId = admin!.OrganizationId,
            Role = OrganizationRole.Viewer,
            IsActive = active,
        }, IdentityTestHost.DemoPassword);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
        return email;
    }
}
