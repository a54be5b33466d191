using ArvexLab.Graph.GraphQL.Relay;
using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Audit;
using ArvexLab.Graph.Server.Features.Identity;
using ArvexLab.Graph.Server.Graph;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using static ArvexLab.Graph.Server.Features.Review.ReviewUnitOfWork;

namespace ArvexLab.Graph.Server.Features.Review;

/// <summary>
/// confirmFindings: confirms the pending findings among the given ones whose confidence reaches minConfidence, in
/// one transaction. It never overrides a human decision (those are skipped), and an unknown ID or a concurrent
/// change makes the whole call change nothing.
/// </summary>
public static class ConfirmFindingsMutation
{
    public static void AddConfirmFindingsMutation(this ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<ConfirmFindingsPayloadType>>("confirmFindings")
            .Description("Confirms many pending findings at once, those with at least minConfidence; all or nothing.")
            .Argument<NonNullGraphType<ConfirmFindingsInputType>>("input", "The findings and the confidence bar.")
            .AuthorizeWithPolicy(GraphPolicies.Review)
            .ResolveAsync(async ctx => await ConfirmAsync(ctx));

    private static async Task<ConfirmFindingsPayload> ConfirmAsync(IResolveFieldContext ctx)
    {
        var input = Input(ctx);
        var settings = ReviewSettings.From(ctx.RequestServices!);
        var ids = ((IEnumerable<object?>)input["ids"]!).OfType<string>().Select(id => GlobalId.Decode(id)).Distinct().ToList();
        var minConfidence = Convert.ToDouble(input["minConfidence"], System.Globalization.CultureInfo.InvariantCulture);
        var (comment, commentError) = Comment(input);
        var invalid = commentError
            ?? (ids.Count == 0 || ids.Count > settings.MaxBulkIds ? Invalid($"Give 1 to {settings.MaxBulkIds} IDs.", "ids") : null)
            ?? (minConfidence is < 0 or > 1 || double.IsNaN(minConfidence) ? Invalid("minConfidence is between 0 and 1.", "minConfidence") : null);
        if (invalid is not null)
        {
            return new ConfirmFindingsPayload([], [], [invalid]);
        }

        await using var db = Db(ctx);
        List<Finding> findings = [];
        foreach (var kind in ids.GroupBy(id => id.TypeName))
        {
            var keys = kind.Select(k => k.Key).ToList();
            findings.AddRange(kind.Key switch
            {
                nameof(ExtractedField) => await LoadAsync<ExtractedField>(db, keys, ctx.CancellationToken),
                nameof(Control) => await LoadAsync<Control>(db, keys, ctx.CancellationToken),
                nameof(ControlException) => await LoadAsync<ControlException>(db, keys, ctx.CancellationToken),
                nameof(Cuec) => await LoadAsync<Cuec>(db, keys, ctx.CancellationToken),
                nameof(SubserviceOrganization) => await LoadAsync<SubserviceOrganization>(db, keys, ctx.CancellationToken),
                _ => [],
            });
        }

        if (findings.Count != ids.Count)
        {
            return new ConfirmFindingsPayload([], [], [new UserError(UserErrorCodes.NotFound,
                $"{ids.Count - findings.Count} of the IDs name no finding; nothing was confirmed.", "ids")]);
        }

        var actor = Actor.Of(ctx);
        var now = DateTimeOffset.UtcNow;
        var documentIds = findings.Select(f => f.DocumentId).Distinct().ToList();
        var vendors = await db.EvidenceDocuments.Where(d => documentIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.VendorId, ctx.CancellationToken);
        List<Finding> confirmed = [];
        List<SkippedFinding> skipped = [];
        foreach (var finding in findings)
        {
            if (finding.ReviewState != ReviewState.Pending || finding.AddedManually)
            {
                skipped.Add(new SkippedFinding(finding, SkipReason.AlreadyReviewed));
            }
            else if (finding.Confidence < minConfidence)
            {
                skipped.Add(new SkippedFinding(finding, SkipReason.BelowMinConfidence));
            }
            else
            {
                finding.ReviewState = ReviewState.Confirmed;
                finding.ReviewComment = comment;
                finding.ReviewedBy = actor;
                finding.ReviewedAt = now;
                db.Record(actor, "CONFIRMED", finding.GetType().Name, finding.Id,
                    before: new { ReviewState = nameof(ReviewState.Pending) }, after: new { ReviewState = nameof(ReviewState.Confirmed), MinConfidence = minConfidence },
                    vendorId: vendors[finding.DocumentId], documentId: finding.DocumentId, comment: comment);
                confirmed.Add(finding);
            }
        }

        try
        {
            await ReviewUnitOfWork.SaveMarkingPostureStaleAsync(db, ctx.CancellationToken);
            return new ConfirmFindingsPayload(confirmed, skipped, []);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new ConfirmFindingsPayload([], [], [new UserError(UserErrorCodes.Conflict,
                "Some of the findings were changed by someone else meanwhile; nothing was confirmed. Reload and try again.", "ids")]);
        }
    }

    private static async Task<IEnumerable<Finding>> LoadAsync<T>(GraphDbContext db, List<long> keys, CancellationToken ct) where T : Finding =>
        await db.Set<T>().Where(f => keys.Contains(f.Id)).ToListAsync(ct);

    private static UserError Invalid(string message, string field) => new(UserErrorCodes.Validation, message, field);
}
