using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Tests.Infrastructure;
using static ArvexLab.Graph.Server.Tests.Review.ReviewOperations;

namespace ArvexLab.Graph.Server.Tests.Review;

/// <summary>One decision on one finding: confirm, correct, reject; CONFLICT on a stale version; tenants stay apart.</summary>
public abstract class FindingReviewTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>, IAsyncLifetime
    where TDatabase : TestDatabase
{
    private ReviewTestKit kit = null!;

    public async Task InitializeAsync() => kit = await ReviewTestKit.GetAsync(database);

    public Task DisposeAsync() => Task.CompletedTask;

    [DataFact]
    public async Task Confirming_a_control_records_reviewer_and_comment_bumps_the_version_and_audits_once()
    {
        var document = await kit.SeedDocumentAsync();
        var (id, version) = await document.FindingAsync<Control>(database, c => c.Ref == "CC6.1");

        var payload = (await kit.Reviewer.DataAsync(ReviewControl, new { input = new { id, version, decision = "CONFIRM", comment = "Matches page 30." } }))["reviewControl"]!;

        Assert.Empty(payload.Codes());
        var control = payload["control"]!;
        Assert.Equal(("CONFIRMED", "Matches page 30.", version + 1), (control.Str("reviewState"), control.Str("reviewComment"), control.Int("version")));
        Assert.StartsWith("client:test-", control.Str("reviewedBy"));
        Assert.Equal(30, control["citation"].Int("page"));
        var confirmed = Assert.Single(await document.EventsAsync(database), e => e.Action == "CONFIRMED");
        Assert.Equal((nameof(Control), "Matches page 30.", document.VendorId), (confirmed.EntityType, confirmed.Comment, confirmed.VendorId));
        Assert.Contains("Pending", confirmed.Before);
        Assert.Contains("Confirmed", confirmed.After);
    }

    [DataFact]
    public async Task Correcting_a_field_keeps_the_extracted_value_beside_the_reviewed_one_and_updates_the_documents_key_fact()
    {
        var document = await kit.SeedDocumentAsync();
        var (id, version) = await document.FindingAsync<ExtractedField>(database, f => f.Name == "auditor");

        var payload = (await kit.Reviewer.DataAsync(ReviewField, new { input = new { id, version, decision = "CORRECT", value = " Smith and Partners LLP " } }))["reviewField"]!;

        Assert.Empty(payload.Codes());
        var field = payload["field"]!;
        Assert.Equal(("CORRECTED", "Smith and Partners LLP", "Smith & Partners LLP", "Smith and Partners LLP"),
            (field.Str("reviewState"), field.Str("value"), field.Str("extractedValue"), field.Str("reviewedValue")));
        Assert.Equal("Smith and Partners LLP", field["document"].Str("auditor"));

        var missing = (await kit.Reviewer.DataAsync(ReviewField, new { input = new { id, version = version + 1, decision = "CORRECT" } }))["reviewField"]!;
        Assert.Equal(["VALIDATION"], missing.Codes());
        Assert.Equal("value", missing["errors"]![0].Str("field"));
    }

    [DataFact]
    public async Task Correcting_a_control_keeps_what_was_extracted_and_confirming_it_afterwards_restores_the_extracted_values()
    {
        var document = await kit.SeedDocumentAsync();
        var (id, version) = await document.FindingAsync<Control>(database, c => c.Ref == "CC6.1");

        var corrected = (await kit.Reviewer.DataAsync(ReviewControl, new
        {
            input = new { id, version, decision = "CORRECT", values = new { description = "MFA for every user and admin.", result = "NO_EXCEPTIONS", criteria = new[] { "CC6.1", "CC6.6" } } },
        }))["reviewControl"]!["control"]!;
        Assert.Equal(("CORRECTED", "MFA for every user and admin.", "NO_EXCEPTIONS"), (corrected.Str("reviewState"), corrected.Str("description"), corrected.Str("result")));
        Assert.Equal(["CC6.1", "CC6.6"], corrected["criteria"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Contains("\"result\":\"EXCEPTION\"", corrected.Str("extracted"));

        var confirmed = (await kit.Reviewer.DataAsync(ReviewControl, new { input = new { id, version = corrected.Int("version"), decision = "CONFIRM" } }))["reviewControl"]!["control"]!;
        Assert.Equal(("CONFIRMED", "EXCEPTION", "CC6.1"), (confirmed.Str("reviewState"), confirmed.Str("result"), confirmed.Str("ref")));
        Assert.NotEqual("MFA for every user and admin.", confirmed.Str("description"));
        Assert.Equal(["CONFIRMED", "CORRECTED"], (await document.EventsAsync(database)).Where(e => e.EntityType == nameof(Control)).Select(e => e.Action).Order());
    }

    [DataFact]
    public async Task Exceptions_cuecs_and_subservice_organizations_take_each_decision()
    {
        var document = await kit.SeedDocumentAsync();
        var exception = await document.FindingAsync<ControlException>(database, _ => true);
        var cuec = await document.FindingAsync<Cuec>(database, c => c.Description.Contains("reviewing", StringComparison.Ordinal));
        var subservice = await document.FindingAsync<SubserviceOrganization>(database, _ => true);

        var rejected = (await kit.Reviewer.DataAsync(ReviewException, new { input = new { id = exception.Id, version = exception.Version, decision = "REJECT", comment = "Not an exception." } }))["reviewException"]!;
        var correctedCuec = (await kit.Reviewer.DataAsync(ReviewCuec, new { input = new { id = cuec.Id, version = cuec.Version, decision = "CORRECT", values = new { description = "Customers review user access quarterly." } } }))["reviewCuec"]!;
        var correctedSubservice = (await kit.Reviewer.DataAsync(ReviewSubservice, new { input = new { id = subservice.Id, version = subservice.Version, decision = "CORRECT", values = new { method = "INCLUSIVE" } } }))["reviewSubserviceOrganization"]!;
        var empty = (await kit.Reviewer.DataAsync(ReviewCuec, new { input = new { id = cuec.Id, version = cuec.Version + 1, decision = "CORRECT", values = new { } } }))["reviewCuec"]!;
        var blank = (await kit.Reviewer.DataAsync(ReviewCuec, new { input = new { id = cuec.Id, version = cuec.Version + 1, decision = "CORRECT", values = new { description = "  " } } }))["reviewCuec"]!;

        Assert.Equal("REJECTED", rejected["controlException"].Str("reviewState"));
        Assert.Equal(("CORRECTED", "Customers review user access quarterly."), (correctedCuec["cuec"].Str("reviewState"), correctedCuec["cuec"].Str("description")));
        Assert.Equal(("CORRECTED", "INCLUSIVE", "Amazon Web Services"), (correctedSubservice["subserviceOrganization"].Str("reviewState"),
            correctedSubservice["subserviceOrganization"].Str("method"), correctedSubservice["subserviceOrganization"].Str("name")));
        Assert.Equal("VALIDATION:values", empty.ErrorsText());
        Assert.Equal("VALIDATION:values.description", blank.ErrorsText());
        Assert.Equal(["CORRECTED", "CORRECTED", "EXTRACTED", "REJECTED"], (await document.EventsAsync(database)).Select(e => e.Action).Order());
    }

    [DataFact]
    public async Task A_stale_version_is_a_CONFLICT_with_the_current_state_and_changes_nothing()
    {
        var document = await kit.SeedDocumentAsync();
        var (id, version) = await document.FindingAsync<Control>(database, c => c.Ref == "CC6.2");
        var first = (await kit.Reviewer.DataAsync(ReviewControl, new { input = new { id, version, decision = "REJECT", comment = "first" } }))["reviewControl"]!;

        var second = (await kit.Reviewer.DataAsync(ReviewControl, new { input = new { id, version, decision = "CORRECT", values = new { description = "second" } } }))["reviewControl"]!;

        Assert.Empty(first.Codes());
        Assert.Equal(["CONFLICT"], second.Codes());
        Assert.Equal(("REJECTED", "first", version + 1), (second["control"].Str("reviewState"), second["control"].Str("reviewComment"), second["control"].Int("version")));
        Assert.Single(await document.EventsAsync(database), e => e.EntityType == nameof(Control));
    }

    [DataFact]
    public async Task Two_reviewers_deciding_the_same_item_at_once_one_wins_the_other_gets_CONFLICT_and_the_trail_shows_one_change()
    {
        var document = await kit.SeedDocumentAsync();
        var initial = (await document.FindingAsync<Control>(database, c => c.Ref == "CC7.2")).Version;
        for (var round = 0; round < 3; round++)
        {
            var (id, version) = await document.FindingAsync<Control>(database, c => c.Ref == "CC7.2");
            var results = await Task.WhenAll(
                kit.Reviewer.DataAsync(ReviewControl, new { input = new { id, version, decision = "CORRECT", values = new { description = $"Reviewer one, round {round}" } } }),
                kit.Reviewer.DataAsync(ReviewControl, new { input = new { id, version, decision = "CORRECT", values = new { description = $"Reviewer two, round {round}" } } }));

            var payloads = results.Select(r => r["reviewControl"]!).ToList();
            var winner = Assert.Single(payloads, p => p.Codes().Count == 0);
            var loser = Assert.Single(payloads, p => p.Codes().SequenceEqual(["CONFLICT"]));
            Assert.Equal(winner["control"].Str("description"), loser["control"].Str("description"));
            Assert.Equal(version + 1, loser["control"].Int("version"));
        }

        Assert.Equal(3, (await document.EventsAsync(database)).Count(e => e.EntityType == nameof(Control)));
        Assert.Equal(initial + 3, (await document.FindingAsync<Control>(database, c => c.Ref == "CC7.2")).Version);
    }

    [DataFact]
    public async Task Another_organizations_findings_are_NOT_FOUND_and_stay_unchanged()
    {
        var document = await kit.SeedDocumentAsync();
        var control = await document.FindingAsync<Control>(database, c => c.Ref == "CC6.1");
        var field = await document.FindingAsync<ExtractedField>(database, f => f.Name == "auditor");
        var cuec = await document.FindingAsync<Cuec>(database, c => c.Description.Contains("reviewing", StringComparison.Ordinal));

        var payloads = new[]
        {
            (await kit.OtherTenant.DataAsync(ReviewControl, new { input = new { control.Id, control.Version, decision = "REJECT" } }))["reviewControl"],
            (await kit.OtherTenant.DataAsync(ReviewField, new { input = new { field.Id, field.Version, decision = "CORRECT", value = "Evil LLP" } }))["reviewField"],
            (await kit.OtherTenant.DataAsync(UpdateCuec, new { input = new { cuec.Id, cuec.Version, owner = "mallory" } }))["updateCuec"],
            (await kit.OtherTenant.DataAsync(AddControl, new { input = new { documentId = document.Id, values = new { description = "Injected" } } }))["addControl"],
            (await kit.OtherTenant.DataAsync(Approve, new { input = new { id = document.Id, version = 0, @override = true, comment = "x" } }))["approveEvidence"],
            (await kit.OtherTenant.DataAsync(ConfirmFindings, new { input = new { ids = new[] { control.Id }, minConfidence = 0 } }))["confirmFindings"],
        };

        Assert.All(payloads, p => Assert.Equal(["NOT_FOUND"], p.Codes()));
        Assert.Equal((null, null, null), (payloads[0]!["control"], payloads[1]!["field"], payloads[2]!["cuec"]));
        Assert.Equal(["EXTRACTED"], (await document.EventsAsync(database)).Select(e => e.Action));
        Assert.Equal(control.Version, (await document.FindingAsync<Control>(database, c => c.Ref == "CC6.1")).Version);
    }
}

public sealed class SqliteFindingReviewTests(SqliteTestDatabase database) : FindingReviewTests<SqliteTestDatabase>(database);

public sealed class PostgresFindingReviewTests(PostgresTestDatabase database) : FindingReviewTests<PostgresTestDatabase>(database);
