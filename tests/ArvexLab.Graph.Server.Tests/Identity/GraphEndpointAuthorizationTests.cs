using System.Net;
using System.Text.Json;

namespace ArvexLab.Graph.Server.Tests.Identity;

/// <summary>The token's organization, role and scopes reach the graph: tenant of `me`, FORBIDDEN mutations.</summary>
public sealed class GraphEndpointAuthorizationTests(IdentityTestHost host) : IClassFixture<IdentityTestHost>
{
    private const string Partner = "demo-partner";
    private readonly OAuthTestClient oauth = new(host);

    [Fact]
    public async Task Read_scoped_partner_calling_a_mutation_gets_FORBIDDEN_and_nothing_is_created()
    {
        var token = (await oauth.ClientCredentialsAsync(Partner, IdentityTestHost.DemoPassword, "graph:read")).AccessToken;

        var (_, body) = await oauth.GraphQLAsync(token, CreateVendor("Refused " + Guid.NewGuid().ToString("N")));

        Assert.Equal(["FORBIDDEN"], ErrorCodes(body));
        Assert.False(body.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object);
    }

    [Fact]
    public async Task Write_scoped_partner_may_create_a_vendor()
    {
        var token = (await oauth.ClientCredentialsAsync(Partner, IdentityTestHost.DemoPassword, "graph:read graph:write")).AccessToken;

        var (status, body) = await oauth.GraphQLAsync(token, CreateVendor("Partner vendor " + Guid.NewGuid().ToString("N")));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Empty(ErrorCodes(body));
        Assert.Equal(0, body.GetProperty("data").GetProperty("createVendor").GetProperty("errors").GetArrayLength());
    }

    [Theory]
    [InlineData("viewer@demo.arvexlab.test", "FORBIDDEN")]
    [InlineData("reviewer@demo.arvexlab.test", "FORBIDDEN")]
    [InlineData("admin@demo.arvexlab.test", null)]
    public async Task Only_admins_among_users_may_create_vendors(string email, string? expectedCode)
    {
        var token = await UserTokenAsync(email);

        var (_, body) = await oauth.GraphQLAsync(token, CreateVendor("User vendor " + Guid.NewGuid().ToString("N")));

        Assert.Equal(expectedCode is null ? [] : [expectedCode], ErrorCodes(body));
    }

    [Theory]
    [InlineData("admin@demo.arvexlab.test", "demo", "ADMIN")]
    [InlineData("admin@globex.arvexlab.test", "globex", "ADMIN")]
    [InlineData("platform@arvexlab.test", "demo", "PLATFORM_ADMIN")]
    public async Task Me_reports_the_organization_and_roles_from_the_token(string email, string slug, string role)
    {
        var token = await UserTokenAsync(email);

        var (_, body) = await oauth.GraphQLAsync(token, "{ me { name roles organization { slug } } }");

        var me = body.GetProperty("data").GetProperty("me");
        Assert.Equal(email, me.GetProperty("name").GetString());
        Assert.Equal(slug, me.GetProperty("organization").GetProperty("slug").GetString());
        Assert.Contains(role, me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    private async Task<string> UserTokenAsync(string email)
    {
        var (code, verifier) = await new OAuthTestClient(host).ObtainCodeAsync(email, IdentityTestHost.DemoPassword);
        var tokens = await oauth.RedeemCodeAsync(code, verifier);
        Assert.Equal(HttpStatusCode.OK, tokens.Status);
        return tokens.AccessToken;
    }

    private static string CreateVendor(string name) =>
        $"mutation {{ createVendor(input: {{ name: \"{name}\" }}) {{ vendor {{ name }} errors {{ code }} }} }}";

    private static List<string?> ErrorCodes(JsonElement body) =>
        body.TryGetProperty("errors", out var errors)
            ? [.. errors.EnumerateArray().Select(e => e.GetProperty("extensions").GetProperty("code").GetString())]
            : [];
}
