using System.Net;
using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Data.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ArvexLab.Graph.Server.Tests.Identity;

public sealed class UserManagementTests(IdentityTestHost host) : IClassFixture<IdentityTestHost>
{
    private const string DemoAdmin = "admin@demo.arvexlab.test";
    private const string GlobexAdmin = "admin@globex.arvexlab.test";
    private const string UserFields = "user { id email role isActive } temporaryPassword";
    private readonly OAuthTestClient oauth = new(host);

    [Fact]
    public async Task Admin_creates_a_user_who_signs_in_with_the_one_time_password_and_it_is_audited()
    {
        var admin = await AsUserAsync(DemoAdmin);
        var email = NewEmail();

        var payload = await admin.PayloadAsync("createUser", "CreateUserInput", new { email, role = "REVIEWER" }, UserFields);

        Assert.Empty(ManagementTestClient.PayloadErrorCodes(payload));
        Assert.Equal("REVIEWER", payload.GetProperty("user").GetProperty("role").GetString());
        var password = payload.GetProperty("temporaryPassword").GetString()!;
        var me = await new ManagementTestClient(oauth, await oauth.UserAccessTokenAsync(email, password)).RunAsync("{ me { roles organization { slug } } }");
        Assert.Equal("demo", me.GetProperty("data").GetProperty("me").GetProperty("organization").GetProperty("slug").GetString());
        Assert.Equal(1, await AuditCountAsync("User", "CREATED", email));
    }

    [Fact]
    public async Task Duplicate_email_is_refused_even_when_it_belongs_to_another_organization()
    {
        var admin = await AsUserAsync(DemoAdmin);

        var payload = await admin.PayloadAsync("createUser", "CreateUserInput", new { email = GlobexAdmin, role = "VIEWER" }, UserFields);

        Assert.Equal(["DUPLICATE"], ManagementTestClient.PayloadErrorCodes(payload));
    }

    [Theory]
    [InlineData("viewer@demo.arvexlab.test")]
    [InlineData("reviewer@demo.arvexlab.test")]
    public async Task Non_admins_get_FORBIDDEN_for_user_management(string email)
    {
        var caller = await AsUserAsync(email);

        var body = await caller.RunAsync("mutation { createUser(input: { email: \"x@demo.arvexlab.test\", role: ADMIN }) { errors { code } } }");

        Assert.Equal(["FORBIDDEN"], ManagementTestClient.ErrorCodes(body));
    }

    [Fact]
    public async Task Partner_client_gets_FORBIDDEN_for_user_management_even_with_write_scope()
    {
        var token = (await oauth.ClientCredentialsAsync("demo-partner", IdentityTestHost.DemoPassword, "graph:read graph:write")).AccessToken;

        var body = await new ManagementTestClient(oauth, token).RunAsync("{ organizationUsers { email } }");

        Assert.Equal(["FORBIDDEN"], ManagementTestClient.ErrorCodes(body));
    }

    [Fact]
    public async Task Another_organizations_user_is_not_found_and_not_listed()
    {
        var globex = await AsUserAsync(GlobexAdmin);
        var globexIds = (await globex.RunAsync("{ organizationUsers { id email } }")).GetProperty("data").GetProperty("organizationUsers");
        var globexAdminId = globexIds.EnumerateArray().Single(u => u.GetProperty("email").GetString() == GlobexAdmin).GetProperty("id").GetString();
        var demo = await AsUserAsync(DemoAdmin);

        var payload = await demo.PayloadAsync("changeUserRole", "ChangeUserRoleInput", new { id = globexAdminId, role = "VIEWER" }, UserFields);
        var listed = (await demo.RunAsync("{ organizationUsers { email } }")).GetProperty("data").GetProperty("organizationUsers");

        Assert.Equal(["NOT_FOUND"], ManagementTestClient.PayloadErrorCodes(payload));
        Assert.DoesNotContain(listed.EnumerateArray(), u => u.GetProperty("email").GetString() == GlobexAdmin);
        Assert.Contains(listed.EnumerateArray(), u => u.GetProperty("email").GetString() == DemoAdmin);
    }

    [Fact]
    public async Task Deactivated_user_loses_access_at_once_and_cannot_sign_in()
    {
        var admin = await AsUserAsync(DemoAdmin);
        var email = NewEmail();
        var created = await admin.PayloadAsync("createUser", "CreateUserInput", new { email, role = "VIEWER" }, UserFields);
        var password = created.GetProperty("temporaryPassword").GetString()!;
        var userToken = await oauth.UserAccessTokenAsync(email, password);
        Assert.Equal(HttpStatusCode.OK, await oauth.CallProtectedAsync(userToken));

        var payload = await admin.PayloadAsync("deactivateUser", "UserIdInput",
            new { id = created.GetProperty("user").GetProperty("id").GetString() }, UserFields);

        Assert.False(payload.GetProperty("user").GetProperty("isActive").GetBoolean());
        Assert.Equal(HttpStatusCode.Unauthorized, await oauth.CallProtectedAsync(userToken));
        using var login = await new OAuthTestClient(host).SignInAsync(email, password);
        Assert.Contains("Invalid e-mail or password.", await login.Content.ReadAsStringAsync());
        Assert.Equal(1, await AuditCountAsync("User", "DEACTIVATED", email));
    }

    [Fact]
    public async Task Admin_cannot_deactivate_themselves_or_demote_the_last_admin()
    {
        var globex = await AsUserAsync(GlobexAdmin);
        var self = (await globex.RunAsync("{ organizationUsers { id email } }")).GetProperty("data").GetProperty("organizationUsers")
            .EnumerateArray().Single(u => u.GetProperty("email").GetString() == GlobexAdmin).GetProperty("id").GetString();

        var deactivate = await globex.PayloadAsync("deactivateUser", "UserIdInput", new { id = self }, UserFields);
        var demote = await globex.PayloadAsync("changeUserRole", "ChangeUserRoleInput", new { id = self, role = "VIEWER" }, UserFields);

        Assert.Equal(["VALIDATION"], ManagementTestClient.PayloadErrorCodes(deactivate));
        Assert.Equal(["VALIDATION"], ManagementTestClient.PayloadErrorCodes(demote));
        Assert.Equal("ADMIN", demote.GetProperty("user").GetProperty("role").GetString());
    }

    private async Task<ManagementTestClient> AsUserAsync(string email) =>
        new(oauth, await oauth.UserAccessTokenAsync(email, IdentityTestHost.DemoPassword));

    private static string NewEmail() => $"member-{Guid.NewGuid():N}@demo.arvexlab.test";

    private async Task<int> AuditCountAsync(string entityType, string action, string mentioning)
    {
        await using var scope = host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().UseSystem();
        var db = scope.ServiceProvider.GetRequiredService<GraphDbContext>();
        return await db.ReviewEvents.CountAsync(e => e.EntityType == entityType && e.Action == action
            && ((e.After != null && e.After.Contains(mentioning)) || (e.Before != null && e.Before.Contains(mentioning))));
    }
}
