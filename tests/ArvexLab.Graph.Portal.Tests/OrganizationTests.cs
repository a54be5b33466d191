using System.Text.RegularExpressions;
using ArvexLab.Graph.Portal.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ArvexLab.Graph.Portal.Tests;

[Collection(PortalCollection.Name)]
public sealed class OrganizationTests(PortalFixture portal)
{
    [Fact]
    public async Task Admin_creates_a_partner_client_whose_secret_is_shown_once_and_works_until_revoked()
    {
        await using var admin = await portal.SignInAsync(PortalPage.Admin, nameof(Admin_creates_a_partner_client_whose_secret_is_shown_once_and_works_until_revoked));
        var page = admin.Page;
        await admin.OpenAsync("Organization");
        await page.GetByRole(AriaRole.Cell, new() { Name = "reviewer@demo.arvexlab.test" }).Or(page.GetByText("reviewer@demo.arvexlab.test")).First.WaitForAsync();

        var name = "Sync " + Guid.NewGuid().ToString("N")[..6];
        var form = page.GetByRole(AriaRole.Form, new() { Name = "Register a partner client" });
        await form.GetByLabel("Client name").FillAsync(name);
        await form.GetByRole(AriaRole.Button, new() { Name = "Create client" }).ClickAsync();

        var secretBox = page.GetByLabel(new Regex("^Client secret for "));
        await secretBox.WaitForAsync();
        var secret = (await secretBox.InnerTextAsync()).Trim();
        var clientId = (await secretBox.GetAttributeAsync("aria-label"))!["Client secret for ".Length..];
        await admin.ScreenshotAsync("secret-shown-once");
        Assert.True(await TokenAsync(clientId, secret), "the shown secret must work at the token endpoint");

        await page.GetByRole(AriaRole.Button, new() { Name = "I have stored it" }).ClickAsync();
        Assert.Equal(0, await page.GetByText(secret).CountAsync());
        await page.GetByRole(AriaRole.Row, new() { NameRegex = new Regex(Regex.Escape(name)) }).WaitForAsync();

        // Rotating shows a new secret once; the old one stops working.
        await page.GetByRole(AriaRole.Button, new() { Name = $"Rotate the secret of {name}" }).ClickAsync();
        await secretBox.WaitForAsync();
        var rotated = (await secretBox.InnerTextAsync()).Trim();
        Assert.NotEqual(secret, rotated);
        Assert.False(await TokenAsync(clientId, secret));
        Assert.True(await TokenAsync(clientId, rotated));
        await page.GetByRole(AriaRole.Button, new() { Name = "I have stored it" }).ClickAsync();

        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = $"Revoke {name}" }).ClickAsync();
        await page.GetByRole(AriaRole.Row, new() { NameRegex = new Regex(Regex.Escape(name)) }).WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await admin.ScreenshotAsync("revoked");
        Assert.False(await TokenAsync(clientId, rotated));
    }

    private async Task<bool> TokenAsync(string clientId, string secret)
    {
        using var http = new HttpClient { BaseAddress = portal.Server.BaseAddress };
        using var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
            ["scope"] = "graph:read",
        }));
        return response.IsSuccessStatusCode;
    }
}
