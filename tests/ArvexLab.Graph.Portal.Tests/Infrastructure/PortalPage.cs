using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ArvexLab.Graph.Portal.Tests.Infrastructure;

/// <summary>A signed-in browser page plus the test's screenshots (TestResults/screenshots/&lt;test&gt;/NN-step.png).</summary>
public sealed class PortalPage(IPage page, string testName) : IAsyncDisposable
{
    public const string Reviewer = "reviewer@demo.arvexlab.test";
    public const string Viewer = "viewer@demo.arvexlab.test";
    public const string Admin = "admin@demo.arvexlab.test";

    private int shot;

    public IPage Page => page;

    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    /// <summary>The portal sends the user to the server's sign-in form and back (authorization code + PKCE).</summary>
    public async Task SignInAsync(string email, string password)
    {
        await page.GotoAsync("/");
        try
        {
            await page.GetByLabel("E-mail").WaitForAsync();
        }
        catch (TimeoutException e)
        {
            // Say what the browser got instead of the sign-in form (an OIDC error page, a blank page…).
            var body = await page.ContentAsync();
            throw new TimeoutException($"No sign-in form at {page.Url}: {body[..Math.Min(body.Length, 1500)]}", e);
        }

        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"^http://127\.0\.0\.1:\d+/$"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).WaitForAsync();
    }

    public ILocator Navigation => page.GetByRole(AriaRole.Navigation, new() { Name = "Primary" });

    public async Task OpenAsync(string section)
    {
        await Navigation.GetByRole(AriaRole.Link, new() { Name = section, Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).WaitForAsync();
    }

    public async Task ScreenshotAsync(string step)
    {
        var folder = Path.Combine(ScreenshotFolder, testName);
        Directory.CreateDirectory(folder);
        shot++;
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{shot:00}-{step}.png"), FullPage = true });
    }

    public async ValueTask DisposeAsync() => await page.Context.CloseAsync();
}
