using System.Net;

namespace ArvexLab.Graph.Server.Tests.Identity;

public sealed class PartnerClientManagementTests(IdentityTestHost host) : IClassFixture<IdentityTestHost>
{
    private const string ClientFields = "client { clientId name scopes } clientSecret";
    private readonly OAuthTestClient oauth = new(host);

    [Fact]
    public async Task Created_client_gets_a_secret_once_that_yields_tokens_for_its_scopes()
    {
        var admin = await AsAdminAsync("admin@demo.arvexlab.test");

        var (clientId, secret) = await CreateAsync(admin, "Sync tool", ["GRAPH_READ"]);

        var tokens = await oauth.ClientCredentialsAsync(clientId, secret, "graph:read");
        Assert.Equal(HttpStatusCode.OK, tokens.Status);
        Assert.Equal("invalid_scope", (await oauth.ClientCredentialsAsync(clientId, secret, "graph:write")).Error);
        var listed = (await admin.RunAsync("{ partnerClients { clientId } }")).GetProperty("data").GetProperty("partnerClients");
        Assert.Contains(listed.EnumerateArray(), c => c.GetProperty("clientId").GetString() == clientId);
        // Listing never shows a secret: the type has no such field.
        Assert.NotEmpty(ManagementTestClient.ErrorCodes(await admin.RunAsync("{ partnerClients { clientSecret } }")));
    }

    [Fact]
    public async Task Rotating_the_secret_kills_the_old_secret_and_its_tokens()
    {
        var admin = await AsAdminAsync("admin@demo.arvexlab.test");
        var (clientId, oldSecret) = await CreateAsync(admin, "Rotated", ["GRAPH_READ"]);
        var oldToken = (await oauth.ClientCredentialsAsync(clientId, oldSecret, "graph:read")).AccessToken;

        var payload = await admin.PayloadAsync("rotatePartnerClientSecret", "PartnerClientIdInput", new { clientId }, ClientFields);
        var newSecret = payload.GetProperty("clientSecret").GetString()!;

        Assert.NotEqual(oldSecret, newSecret);
        Assert.Equal("invalid_client", (await oauth.ClientCredentialsAsync(clientId, oldSecret, "graph:read")).Error);
        Assert.Equal(HttpStatusCode.Unauthorized, await oauth.CallProtectedAsync(oldToken));
        Assert.Equal(HttpStatusCode.OK, (await oauth.ClientCredentialsAsync(clientId, newSecret, "graph:read")).Status);
    }

    [Fact]
    public async Task Revoked_client_can_neither_get_tokens_nor_use_the_ones_it_had()
    {
        var admin = await AsAdminAsync("admin@demo.arvexlab.test");
        var (clientId, secret) = await CreateAsync(admin, "Revoked", ["GRAPH_READ", "GRAPH_WRITE"]);
        var token = (await oauth.ClientCredentialsAsync(clientId, secret, "graph:read")).AccessToken;

        var payload = await admin.PayloadAsync("revokePartnerClient", "PartnerClientIdInput", new { clientId }, ClientFields);

        Assert.Empty(ManagementTestClient.PayloadErrorCodes(payload));
        Assert.Equal(HttpStatusCode.Unauthorized, await oauth.CallProtectedAsync(token));
        Assert.Equal("invalid_client", (await oauth.ClientCredentialsAsync(clientId, secret, "graph:read")).Error);
    }

    [Fact]
    public async Task Another_organizations_client_is_not_listed_and_cannot_be_touched()
    {
        var globex = await AsAdminAsync("admin@globex.arvexlab.test");
        var (clientId, secret) = await CreateAsync(globex, "Globex sync", ["GRAPH_READ"]);
        var demo = await AsAdminAsync("admin@demo.arvexlab.test");

        var listed = (await demo.RunAsync("{ partnerClients { clientId } }")).GetProperty("data").GetProperty("partnerClients");
        var rotate = await demo.PayloadAsync("rotatePartnerClientSecret", "PartnerClientIdInput", new { clientId }, ClientFields);
        var revoke = await demo.PayloadAsync("revokePartnerClient", "PartnerClientIdInput", new { clientId }, ClientFields);

        Assert.DoesNotContain(listed.EnumerateArray(), c => c.GetProperty("clientId").GetString() == clientId);
        Assert.Equal(["NOT_FOUND"], ManagementTestClient.PayloadErrorCodes(rotate));
        Assert.Equal(["NOT_FOUND"], ManagementTestClient.PayloadErrorCodes(revoke));
        Assert.Equal(HttpStatusCode.OK, (await oauth.ClientCredentialsAsync(clientId, secret, "graph:read")).Status);
    }

    [Fact]
    public async Task Client_token_acts_in_the_organization_of_the_admin_who_created_it()
    {
        var globex = await AsAdminAsync("admin@globex.arvexlab.test");
        var (clientId, secret) = await CreateAsync(globex, "Globex reader", ["GRAPH_READ"]);
        var token = (await oauth.ClientCredentialsAsync(clientId, secret, "graph:read")).AccessToken;

        var me = await new ManagementTestClient(oauth, token).RunAsync("{ me { organization { slug } } }");

        Assert.Equal("globex", me.GetProperty("data").GetProperty("me").GetProperty("organization").GetProperty("slug").GetString());
    }

    private async Task<ManagementTestClient> AsAdminAsync(string email) =>
        new(oauth, await oauth.UserAccessTokenAsync(email, IdentityTestHost.DemoPassword));

    private static async Task<(string ClientId, string Secret)> CreateAsync(ManagementTestClient admin, string name, string[] scopes)
    {
        var payload = await admin.PayloadAsync("createPartnerClient", "CreatePartnerClientInput", new { name, scopes }, ClientFields);
        Assert.Empty(ManagementTestClient.PayloadErrorCodes(payload));
        var client = payload.GetProperty("client");
        Assert.Equal(name, client.GetProperty("name").GetString());
        return (client.GetProperty("clientId").GetString()!, payload.GetProperty("clientSecret").GetString()!);
    }

}
