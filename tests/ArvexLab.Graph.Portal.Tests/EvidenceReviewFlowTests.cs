using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.RegularExpressions;
using ArvexLab.Graph.Portal.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ArvexLab.Graph.Portal.Tests;

/// <summary>The reviewer's whole path through a real SOC 2 report, against the real server and extraction tool.</summary>
[Collection(PortalCollection.Name)]
public sealed class EvidenceReviewFlowTests(PortalFixture portal)
{
    private static readonly string Report = Path.GetFullPath(Path.Combine(PortalServer.RepositoryRoot, "..", "shared", "corpus", "real", "rapidreconciler_soc2_type2.pdf"));

    [Fact]
    public async Task Reviewer_uploads_a_real_report_reviews_it_and_sees_the_posture_change()
    {
        Assert.True(File.Exists(Report), $"the real corpus is expected at {Report}");
        var (vendorId, vendorName) = await PartnerApi.CreateVendorAsync(portal.Server, "RapidReconciler", "Inventory reconciliation");
        await using var reviewer = await portal.SignInAsync(PortalPage.Reviewer, nameof(Reviewer_uploads_a_real_report_reviews_it_and_sees_the_posture_change));
        var page = reviewer.Page;

        // The server grades a new vendor within seconds (NO_EVIDENCE); compare against that, not against "not graded".
        var gradeBefore = await GradeOnDashboardAsync(page, vendorName);
        for (var tries = 0; gradeBefore.StartsWith("none", StringComparison.Ordinal) && tries < 30; tries++)
        {
            await Task.Delay(1000);
            await page.ReloadAsync();
            gradeBefore = await GradeOnDashboardAsync(page, vendorName);
        }

        Assert.False(gradeBefore.StartsWith("none", StringComparison.Ordinal), "the new vendor was never graded");
        await reviewer.ScreenshotAsync("dashboard-before");

        // The extraction status is pushed over the portal's WebSocket (evidenceStatusChanged), not polled.
        var pushed = new ConcurrentQueue<string>();
        page.WebSocket += (_, socket) => socket.FrameReceived += (_, frame) =>
        {
            if (frame.Text is { } text)
            {
                pushed.Enqueue(text);
            }
        };

        // Upload from the vendor's page: the vendor is chosen already.
        await page.GotoAsync($"/vendors/{Uri.EscapeDataString(vendorId)}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Upload evidence" }).ClickAsync();
        await page.GetByLabel("Choose a PDF").SetInputFilesAsync(Report);
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload", Exact = true }).ClickAsync();
        await page.GetByText("100%").WaitForAsync();
        await reviewer.ScreenshotAsync("uploaded");

        // Live status until extraction is done (the real arvex-extract tool runs in the server's worker).
        await page.GetByTestId("extraction-status").Filter(new() { HasText = "Extracted" }).WaitForAsync(new() { Timeout = 180_000 });
        await reviewer.ScreenshotAsync("extracted");
        Assert.Equal("subscription", await page.GetByTestId("extraction-status").GetAttributeAsync("data-transport"));
        Assert.Contains(pushed, frame => frame.Contains("\"evidenceStatusChanged\"", StringComparison.Ordinal) && frame.Contains("\"EXTRACTED\"", StringComparison.Ordinal));
        await page.GetByRole(AriaRole.Link, new() { Name = "Open the review workspace" }).ClickAsync();

        // Clicking an exception scrolls to its page and outlines its box.
        var findings = page.GetByRole(AriaRole.List, new() { Name = "Findings" });
        var exception = findings.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Exception") }).First;
        await exception.ClickAsync();
        var current = page.Locator(".pdf-page[aria-current='page']");
        await current.WaitForAsync();
        var pageText = await exception.Locator(".finding-head .muted").InnerTextAsync();
        Assert.Equal(pageText.Replace("p. ", ""), await current.GetAttributeAsync("data-page"));
        await current.GetByTestId("pdf-highlight").WaitForAsync();
        Assert.True(await current.IsVisibleAsync(), "the exception's page is scrolled into view");
        await reviewer.ScreenshotAsync("exception-highlighted");

        // Correct the CUEC with the keyboard: E opens the editor.
        await findings.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^CUEC") }).First.ClickAsync();
        await page.Keyboard.PressAsync("e");
        var editor = page.GetByLabel("Corrected text");
        await editor.FillAsync("User entities grant GSI staff secure, time-limited access for agent installs and updates.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save correction" }).ClickAsync();
        await page.GetByText("CUEC corrected.").WaitForAsync();
        await reviewer.ScreenshotAsync("cuec-corrected");

        // Approve; low-confidence findings left pending need an explicit override with a reason.
        await page.GetByRole(AriaRole.Button, new() { Name = "Approve document" }).ClickAsync();
        var overrideReason = page.GetByLabel("Why approve with findings still pending?");
        var approved = page.GetByText("Document approved.");
        await overrideReason.Or(approved).First.WaitForAsync();
        if (await overrideReason.IsVisibleAsync())
        {
            await overrideReason.FillAsync("Low-confidence control rows are table headings; exceptions and CUEC reviewed.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Approve with override" }).ClickAsync();
        }

        await approved.WaitForAsync();
        await reviewer.ScreenshotAsync("approved");

        // The server first: approval marks the stored posture stale and the refresh worker recomputes it.
        var (serverAfter, evaluated) = await ServerPostureAsync(vendorId);
        for (var tries = 0; (serverAfter == gradeBefore || !evaluated) && tries < 30; tries++)
        {
            await Task.Delay(1000);
            (serverAfter, evaluated) = await ServerPostureAsync(vendorId);
        }

        Assert.NotEqual(gradeBefore, serverAfter);

        // Then the portal: navigating to the dashboard (no reload) fetches the postures again and shows the server's.
        await reviewer.OpenAsync("Dashboard");
        var gradeAfter = await GradeOnDashboardAsync(page, vendorName);
        for (var tries = 0; gradeAfter != serverAfter && tries < 20; tries++)
        {
            await Task.Delay(500);
            gradeAfter = await GradeOnDashboardAsync(page, vendorName);
        }

        await reviewer.ScreenshotAsync("dashboard-after");
        Assert.Equal(serverAfter, gradeAfter);
    }

    /// <summary>The vendor's stored posture as the dashboard renders it, and whether it is current (not marked stale).</summary>
    private async Task<(string Grade, bool Current)> ServerPostureAsync(string vendorId)
    {
        var data = await PartnerApi.GraphAsync(portal.Server, "query($id: ID!) { vendor(id: $id) { posture { grade score evaluatedOn } } }", new { id = vendorId });
        var posture = data.GetProperty("vendor").GetProperty("posture");
        if (posture.ValueKind == JsonValueKind.Null)
        {
            return ("none ", false);
        }

        // PostureStaleness marks a posture stale by setting its evaluation date to DateOnly.MinValue.
        var current = posture.GetProperty("evaluatedOn").GetString() != "0001-01-01";
        return ($"{posture.GetProperty("grade").GetString()} {posture.GetProperty("score").GetInt32()}", current);
    }

    private static async Task<string> GradeOnDashboardAsync(IPage page, string vendorName)
    {
        var card = page.GetByRole(AriaRole.Region, new() { Name = "Vendors by posture grade" });
        var entry = card.Locator("[data-vendor]").Filter(new() { HasText = vendorName });
        await entry.WaitForAsync();
        // Grade and score: a new report may leave the letter as it was but never the score.
        return $"{await entry.GetAttributeAsync("data-grade")} {await entry.GetAttributeAsync("data-score")}";
    }
}
