using ArvexLab.Graph.Portal.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ArvexLab.Graph.Portal.Tests;

[Collection(PortalCollection.Name)]
public sealed class RoleVisibilityTests(PortalFixture portal)
{
    [Fact]
    public async Task Viewer_sees_no_upload_or_review_actions()
    {
        await using var viewer = await portal.SignInAsync(PortalPage.Viewer, nameof(Viewer_sees_no_upload_or_review_actions));
        var page = viewer.Page;
        await page.GetByRole(AriaRole.Heading, new() { NameRegex = new("^Documents waiting for review") }).WaitForAsync();
        await viewer.ScreenshotAsync("dashboard");

        var nav = viewer.Navigation;
        Assert.Equal(1, await nav.GetByRole(AriaRole.Link, new() { Name = "Vendors", Exact = true }).CountAsync());
        Assert.Equal(0, await nav.GetByRole(AriaRole.Link, new() { Name = "Upload", Exact = true }).CountAsync());
        Assert.Equal(0, await nav.GetByRole(AriaRole.Link, new() { Name = "Review", Exact = true }).CountAsync());
        Assert.Equal(0, await nav.GetByRole(AriaRole.Link, new() { Name = "Organization", Exact = true }).CountAsync());

        // A vendor's page shows its documents, but no way to upload or review them.
        await viewer.OpenAsync("Vendors");
        await page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Link).First.ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Documents" }).WaitForAsync();
        await viewer.ScreenshotAsync("vendor-detail");
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "Upload evidence" }).CountAsync());
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { NameRegex = new("^Review") }).CountAsync());

        // Typing the address does not help either: the page says the role does not allow it.
        await page.GotoAsync("/upload");
        await page.GetByText("Your role does not allow this page").WaitForAsync();
        await viewer.ScreenshotAsync("upload-refused");
    }

    [Fact]
    public async Task Reviewer_sees_upload_and_review_but_not_organization()
    {
        await using var reviewer = await portal.SignInAsync(PortalPage.Reviewer, nameof(Reviewer_sees_upload_and_review_but_not_organization));
        var nav = reviewer.Navigation;
        Assert.Equal(1, await nav.GetByRole(AriaRole.Link, new() { Name = "Upload", Exact = true }).CountAsync());
        Assert.Equal(1, await nav.GetByRole(AriaRole.Link, new() { Name = "Review", Exact = true }).CountAsync());
        Assert.Equal(0, await nav.GetByRole(AriaRole.Link, new() { Name = "Organization", Exact = true }).CountAsync());
        await reviewer.ScreenshotAsync("navigation");
    }

    [Fact]
    public async Task Narrow_window_shows_the_menu_behind_a_toggle()
    {
        await using var viewer = await portal.SignInAsync(PortalPage.Viewer, nameof(Narrow_window_shows_the_menu_behind_a_toggle), width: 390, height: 800);
        var page = viewer.Page;
        var vendors = viewer.Navigation.GetByRole(AriaRole.Link, new() { Name = "Vendors", Exact = true });
        Assert.False(await vendors.IsVisibleAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Menu" }).ClickAsync();
        Assert.True(await vendors.IsVisibleAsync());
        await viewer.ScreenshotAsync("menu-open");
    }
}
