using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Audit;
using ArvexLab.Graph.Server.Features.Mapping;
using ArvexLab.Graph.Server.Features.Posture;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Features.Evidence.Import;

/// <summary>What an import did, per finding kind (also the audit event's "after").</summary>
public sealed record ImportSummary(
    bool Reextraction, string? Kind, int? PageCount, IReadOnlyList<string> Warnings,
    MergeCounts Fields, MergeCounts Controls, MergeCounts Exceptions, MergeCounts Cuecs, MergeCounts SubserviceOrganizations);

/// <summary>
/// Turns the tool's output into the document's findings and key columns in one SaveChanges (one transaction),
/// keeping every human decision on re-extraction (see <see cref="FindingMerge{TEntity,TOutput}"/>), and records
/// an EXTRACTED or REEXTRACTED audit event. The context must act for the document's organization.
/// </summary>
public static class ExtractionImporter
{
    public const string Actor = "system:extraction";

    public static async Task<ImportSummary> ImportAsync(GraphDbContext db, long documentId, ExtractionOutput output, CancellationToken cancellationToken = default)
    {
        var document = await db.EvidenceDocuments.SingleAsync(d => d.Id == documentId, cancellationToken);
        var fields = await db.ExtractedFields.Where(f => f.DocumentId == documentId).ToListAsync(cancellationToken);
        var controls = await db.Controls.Where(f => f.DocumentId == documentId).ToListAsync(cancellationToken);
        var exceptions = await db.ControlExceptions.Where(f => f.DocumentId == documentId).ToListAsync(cancellationToken);
        var cuecs = await db.Cuecs.Where(f => f.DocumentId == documentId).ToListAsync(cancellationToken);
        var subservices = await db.SubserviceOrganizations.Where(f => f.DocumentId == documentId).ToListAsync(cancellationToken);
        var reextraction = fields.Count + controls.Count + exceptions.Count + cuecs.Count + subservices.Count > 0;

        // A pending control stays while something a human decided points at it (an exception, a mapping).
        var referencedControls = exceptions.Where(FindingMerge<ControlException, ExceptionOutput>.IsHumanOwned)
            .Select(e => e.ControlId).OfType<long>().ToHashSet();
        var controlIds = controls.Select(c => c.Id).ToList();
        var mappings = await db.ControlMappings.Where(m => controlIds.Contains(m.ControlId)).ToListAsync(cancellationToken);
        referencedControls.UnionWith(mappings.Where(m => m.ReviewState != ReviewState.Pending).Select(m => m.ControlId));
        // A removed pending control takes its (pending, derived) mappings along; the database refuses to orphan them.
        var removeControl = Remove(db, controls) + (c => db.ControlMappings.RemoveRange(mappings.Where(m => m.ControlId == c.Id)));

        T New<T>(T finding) where T : Finding
        {
            finding.OrganizationId = document.OrganizationId;
            finding.DocumentId = document.Id;
            return finding;
        }

        var fieldCounts = new FindingMerge<ExtractedField, KeyValuePair<string, ExtractedFieldOutput>>(
                o => FindingKeys.Field(o.Key), f => FindingKeys.Field(f.Name), _ => default)
            .Merge(fields, output.Fields,
                o => New(With(new ExtractedField { Name = o.Key }, f => FindingValues.Apply(f, o.Value))),
                (f, o) => FindingValues.Apply(f, o.Value), Add(db, fields), Remove(db, fields));

        var controlCounts = new FindingMerge<Control, ControlOutput>(
                o => FindingKeys.Control(o.Ref, o.Description), c => FindingKeys.Control(c.Ref, c.Description), FindingValues.Snapshot<ControlOutput>)
            .Merge(controls, output.Controls,
                o => New(With(new Control { Description = string.Empty }, c => FindingValues.Apply(c, o))),
                FindingValues.Apply, Add(db, controls), removeControl, c => referencedControls.Contains(c.Id));

        var exceptionCounts = new FindingMerge<ControlException, ExceptionOutput>(
                o => FindingKeys.Exception(o.ControlRef, o.Description), e => FindingKeys.Exception(e.ControlRef, e.Description), FindingValues.Snapshot<ExceptionOutput>)
            .Merge(exceptions, output.Exceptions,
                o => New(With(new ControlException { Description = string.Empty }, e => FindingValues.Apply(e, o))),
                FindingValues.Apply, Add(db, exceptions), Remove(db, exceptions));
        LinkExceptionsToControls(exceptions, controls);

        var cuecCounts = new FindingMerge<Cuec, CuecOutput>(
                o => FindingKeys.Cuec(o.Description), c => FindingKeys.Cuec(c.Description), FindingValues.Snapshot<CuecOutput>)
            .Merge(cuecs, output.Cuecs,
                o => New(With(new Cuec { Description = string.Empty }, c => FindingValues.Apply(c, o))),
                FindingValues.Apply, Add(db, cuecs), Remove(db, cuecs));

        var subserviceCounts = new FindingMerge<SubserviceOrganization, SubserviceOrganizationOutput>(
                o => FindingKeys.SubserviceOrganization(o.Name), s => FindingKeys.SubserviceOrganization(s.Name), FindingValues.Snapshot<SubserviceOrganizationOutput>)
            .Merge(subservices, output.SubserviceOrganizations,
                o => New(With(new SubserviceOrganization { Name = string.Empty }, s => FindingValues.Apply(s, o))),
                FindingValues.Apply, Add(db, subservices), Remove(db, subservices));

        DocumentKeyFacts.Apply(document, fields, output.Kind, output.PageCount);
        document.Status = EvidenceStatus.Extracted;
        document.FailureCode = null;
        document.FailureMessage = null;

        var summary = new ImportSummary(reextraction, output.Kind, output.PageCount, output.Warnings,
            fieldCounts, controlCounts, exceptionCounts, cuecCounts, subserviceCounts);
        db.Record(Actor, reextraction ? "REEXTRACTED" : "EXTRACTED", nameof(EvidenceDocument), document.Id,
            after: summary, vendorId: document.VendorId, documentId: document.Id);
        await Sync.Webhooks.PostureEvents.EvidenceExtractedAsync(db, document, reextraction, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        // Control mapping and posture follow the evidence (Features/Mapping, Features/Posture), in the same transaction.
        await ControlMapper.MapDocumentAsync(db, document.Id, cancellationToken);
        await PostureStaleness.MarkAsync(db, document.VendorId, cancellationToken);
        return summary;
    }

    // New and updated pending exceptions point at the control with their ref; reviewed ones are left as the reviewer saw them.
    private static void LinkExceptionsToControls(List<ControlException> exceptions, List<Control> controls)
    {
        var byRef = controls
            .Where(c => FindingKeys.Text(c.Ref) is not null)
            .GroupBy(c => FindingKeys.Text(c.Ref)!)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(FindingMerge<Control, ControlOutput>.IsHumanOwned).First());
        foreach (var exception in exceptions.Where(e => !FindingMerge<ControlException, ExceptionOutput>.IsHumanOwned(e)))
        {
            var control = FindingKeys.Text(exception.ControlRef) is { } key && byRef.TryGetValue(key, out var found) ? found : null;
            exception.Control = control;
            if (control is null)
            {
                exception.ControlId = null;
            }
        }
    }

    private static Action<T> Add<T>(GraphDbContext db, List<T> all) where T : Finding => item =>
    {
        db.Add(item);
        all.Add(item);
    };

    private static Action<T> Remove<T>(GraphDbContext db, List<T> all) where T : Finding => item =>
    {
        db.Remove(item);
        all.Remove(item);
    };

    private static T With<T>(T item, Action<T> apply)
    {
        apply(item);
        return item;
    }
}
