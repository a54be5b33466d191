using System.Text.Json;
using ArvexLab.Graph.Portal.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ArvexLab.Graph.Portal.Tests;

[Collection(PortalCollection.Name)]
public sealed class FrameworkAdminTests(PortalFixture portal)
{
    [Fact]
    public async Task Admin_imports_a_framework_edits_a_requirement_maps_it_and_exports_the_catalog()
    {
        var key = "acme-policy-" + Guid.NewGuid().ToString("N")[..6];
        var file = Path.Combine(Path.GetTempPath(), key + ".json");
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(new
        {
            key,
            name = "Acme supplier policy",
            catalogVersion = "2026",
            description = "The organization's own supplier requirements.",
            source = "Acme GRC team",
            requirements = new object[]
            {
                new { @ref = "SP-1", parent = (string?)null, title = "Supplier security", text = (string?)null },
                new { @ref = "SP-1.1", parent = "SP-1", title = "Annual assurance report", text = "Suppliers provide a SOC 2 Type II or ISO 27001 certificate every year." },
            },
            mappings = Array.Empty<object>(),
        }));

        await using var admin = await portal.SignInAsync(PortalPage.Admin, nameof(Admin_imports_a_framework_edits_a_requirement_maps_it_and_exports_the_catalog));
        var page = admin.Page;
        await admin.OpenAsync("Frameworks");
        await page.GetByLabel("Framework file (JSON or CSV)").SetInputFilesAsync(file);
        await page.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();
        await page.GetByText("Acme supplier policy (2026) imported.").WaitForAsync();

        await page.GetByLabel("Framework", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Acme supplier policy (2026) — custom" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Expand SP-1" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "SP-1.1 Annual assurance report" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Edit requirement" }).ClickAsync();
        await page.GetByLabel("Title").FillAsync("Annual independent assurance report");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save requirement" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "SP-1.1 Annual independent assurance report" }).WaitForAsync();
        await admin.ScreenshotAsync("requirement-edited");

        // A crosswalk row to ISO/IEC 27001:2022, its target found by reference.
        await page.GetByRole(AriaRole.Button, new() { Name = "Add crosswalk mapping" }).ClickAsync();
        var targetFramework = page.GetByLabel("Target framework");
        var iso = await targetFramework.Locator("option", new() { HasText = "ISO/IEC 27001:2022" }).First.GetAttributeAsync("value");
        await targetFramework.SelectOptionAsync(iso!);
        await page.GetByLabel("Find target requirement").FillAsync("A.5.19");
        await page.GetByLabel("Target requirement", new() { Exact = true })
            .SelectOptionAsync(new SelectOptionValue { Label = "A.5.19 Information security in supplier relationships" });
        await page.GetByLabel("Relationship").SelectOptionAsync("SUBSET");
        await page.GetByLabel("Source").FillAsync("Acme GRC team");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save mapping" }).ClickAsync();
        await page.GetByText("Crosswalk mapping added.").WaitForAsync();
        var mappings = page.GetByRole(AriaRole.List, new() { Name = "Crosswalk mappings" });
        await mappings.Locator("li[data-relationship='SUBSET']").Filter(new() { HasText = "A.5.19" }).WaitForAsync();
        await admin.ScreenshotAsync("crosswalk-mapping-added");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Export JSON" }).ClickAsync());
        var exported = await File.ReadAllTextAsync((await download.PathAsync())!);
        using var json = JsonDocument.Parse(exported);
        Assert.Equal(key, json.RootElement.GetProperty("key").GetString());
        Assert.Contains(json.RootElement.GetProperty("requirements").EnumerateArray(),
            r => r.GetProperty("ref").GetString() == "SP-1.1" && r.GetProperty("title").GetString() == "Annual independent assurance report");
        Assert.Contains(json.RootElement.GetProperty("mappings").EnumerateArray(),
            m => m.GetProperty("ref").GetString() == "SP-1.1" && m.GetProperty("targetRef").GetString() == "A.5.19"
                && m.GetProperty("relationship").GetString() == "SUBSET" && m.GetProperty("source").GetString() == "Acme GRC team");
        await admin.ScreenshotAsync("exported");
    }

    [Fact]
    public async Task Admin_sees_the_overlap_of_two_built_in_frameworks()
    {
        await using var admin = await portal.SignInAsync(PortalPage.Admin, nameof(Admin_sees_the_overlap_of_two_built_in_frameworks));
        var page = admin.Page;
        await admin.OpenAsync("Frameworks");
        var overlap = page.GetByRole(AriaRole.Region, new() { Name = "Framework overlap" });
        await overlap.GetByText("have a counterpart in").WaitForAsync();
        await admin.ScreenshotAsync("overlap");
    }
}
