using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Tests.Infrastructure;
using static ArvexLab.Graph.Server.Tests.Review.ReviewOperations;

namespace ArvexLab.Graph.Server.Tests.Review;

/// <summary>Reviewers add what the extractor missed, and track CUECs as the organization's to-do list.</summary>
public abstract class ManualAddAndCuecTrackingTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>, IAsyncLifetime
    where TDatabase : TestDatabase
{
    private ReviewTestKit kit = null!;

    public async Task InitializeAsync() => kit = await ReviewTestKit.GetAsync(database);

    public Task DisposeAsync() => Task.CompletedTask;

    [DataFact]
    public async Task Added_control_exception_and_cuec_are_confirmed_marked_manual_and_audited()
    {
        var document = await kit.SeedDocumentAsync();
        var cc62 = await document.FindingAsync<Control>(database, c => c.Ref == "CC6.2");

        var control = (await kit.Reviewer.DataAsync(AddControl, new
        {
            input = new { documentId = document.Id, page = 33, comment = "Missed table row.", values = new { @ref = "CC8.1", description = "Changes are approved before release.", result = "NO_EXCEPTIONS" } },
        }))["addControl"]!;
        var exception = (await kit.Reviewer.DataAsync(AddException, new
        {
            input = new { documentId = document.Id, controlId = cc62.Id, values = new { description = "One leaver kept access for 5 days." } },
        }))["addException"]!;
        var cuec = (await kit.Reviewer.DataAsync(AddCuec, new { input = new { documentId = document.Id, values = new { description = "Customers report incidents within 24 hours." } } }))["addCuec"]!;

        Assert.All(new[] { control["control"], exception["controlException"], cuec["cuec"] }, item =>
        {
            Assert.Equal(("CONFIRMED", true, 1.0), (item.Str("reviewState"), item!["addedManually"]!.GetValue<bool>(), item["confidence"]!.GetValue<double>()));
            Assert.Null(item["extracted"]);
        });
        Assert.Equal(("CC8.1", 33, "Missed table row."), (control["control"].Str("ref"), control["control"]!["citation"].Int("page"), control["control"].Str("reviewComment")));
        Assert.Equal(("CC6.2", "CC6.2"), (exception["controlException"].Str("controlRef"), exception["controlException"]!["control"].Str("ref")));
        var added = (await document.EventsAsync(database)).Where(e => e.Action == "ADDED").Select(e => e.EntityType).Order();
        Assert.Equal([nameof(Control), nameof(ControlException), nameof(Cuec)], added);
    }

    [DataFact]
    public async Task An_add_without_a_description_or_with_a_control_of_another_document_changes_nothing()
    {
        var document = await kit.SeedDocumentAsync();
        var other = await kit.SeedDocumentAsync();
        var foreignControl = await other.FindingAsync<Control>(database, c => c.Ref == "CC6.1");

        var noDescription = (await kit.Reviewer.DataAsync(AddCuec, new { input = new { documentId = document.Id, values = new { criteria = new[] { "CC1.1" } } } }))["addCuec"]!;
        var wrongControl = (await kit.Reviewer.DataAsync(AddException, new
        {
            input = new { documentId = document.Id, controlId = foreignControl.Id, values = new { description = "Deviation." } },
        }))["addException"]!;

        Assert.Equal("VALIDATION:values.description", noDescription.ErrorsText());
        Assert.Equal("NOT_FOUND:controlId", wrongControl.ErrorsText());
        Assert.Equal(["EXTRACTED"], (await document.EventsAsync(database)).Select(e => e.Action));
    }

    [DataFact]
    public async Task Updating_a_cuec_tracks_owner_status_and_due_date_without_touching_its_review()
    {
        var document = await kit.SeedDocumentAsync();
        var (id, version) = await document.FindingAsync<Cuec>(database, c => c.Description.Contains("reviewing", StringComparison.Ordinal));

        var updated = (await kit.Reviewer.DataAsync(UpdateCuec, new { input = new { id, version, owner = "it-ops@acme.example", status = "IN_PROGRESS", dueDate = "2026-03-31" } }))["updateCuec"]!;
        var cleared = (await kit.Reviewer.DataAsync(UpdateCuec, new { input = new { id, version = version + 1, dueDate = (string?)null } }))["updateCuec"]!;
        var stale = (await kit.Reviewer.DataAsync(UpdateCuec, new { input = new { id, version, status = "IMPLEMENTED" } }))["updateCuec"]!;

        Assert.Equal(("it-ops@acme.example", "IN_PROGRESS", "2026-03-31", "PENDING"),
            (updated["cuec"].Str("owner"), updated["cuec"].Str("status"), updated["cuec"].Str("dueDate"), updated["cuec"].Str("reviewState")));
        Assert.Equal(("it-ops@acme.example", "IN_PROGRESS"), (cleared["cuec"].Str("owner"), cleared["cuec"].Str("status")));
        Assert.Null(cleared["cuec"]!["dueDate"]);
        Assert.Equal(("CONFLICT:version", "IN_PROGRESS"), (stale.ErrorsText(), stale["cuec"].Str("status")));
        var updates = (await document.EventsAsync(database)).Where(e => e.Action == "UPDATED").ToList();
        Assert.Equal(2, updates.Count);
        Assert.Contains("2026-03-31", updates[0].After);
    }
}

public sealed class SqliteManualAddAndCuecTrackingTests(SqliteTestDatabase database) : ManualAddAndCuecTrackingTests<SqliteTestDatabase>(database);

public sealed class PostgresManualAddAndCuecTrackingTests(PostgresTestDatabase database) : ManualAddAndCuecTrackingTests<PostgresTestDatabase>(database);
