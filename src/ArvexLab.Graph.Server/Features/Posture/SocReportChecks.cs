using System.Globalization;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Frameworks.Catalogs;

namespace ArvexLab.Graph.Server.Features.Posture;

/// <summary>Checks on the vendor's latest SOC report: type, period, staleness and bridge letter, opinion, exceptions, subservices, CUECs.</summary>
internal static class SocReportChecks
{
    public static IEnumerable<FlagDraft> Run(PostureEvidence evidence, DateOnly today, PostureSettings settings)
    {
        var soc2 = Latest(evidence.Documents.Where(d => d.Kind is EvidenceKind.Soc2TypeI or EvidenceKind.Soc2TypeII));
        var typeII = Latest(evidence.Documents.Where(d => d.Kind == EvidenceKind.Soc2TypeII));
        var soc3 = Latest(evidence.Documents.Where(d => d.Kind == EvidenceKind.Soc3));
        var latest = Latest(new[] { soc2, soc3 }.OfType<EvidenceDocument>());
        if (latest is null)
        {
            yield break;
        }

        if (soc2 is not null && typeII is null)
        {
            yield return new FlagDraft(PostureFlagCode.Soc2TypeIOnly, FlagSeverity.Medium,
                $"Only a SOC 2 Type I report is on file ({soc2.Title}): it shows controls were designed, not that they operated over a period.", soc2);
        }
        else if (soc2 is null)
        {
            yield return new FlagDraft(PostureFlagCode.Soc3Only, FlagSeverity.Low,
                $"Only a SOC 3 report is on file ({latest.Title}): it describes no tests and no exceptions; ask for the SOC 2 report.", latest);
        }

        if (typeII is { PeriodStart: { } start, PeriodEnd: { } end } && start.AddMonths(settings.MinimumTypeIIPeriodMonths) > end.AddDays(1))
        {
            yield return new FlagDraft(PostureFlagCode.Soc2PeriodTooShort, FlagSeverity.Medium,
                $"The Type II review period {Iso(start)} to {Iso(end)} covers {Months(start, end)} months, less than {settings.MinimumTypeIIPeriodMonths}.",
                typeII, evidence.Field(typeII, "periodStart") ?? evidence.Field(typeII, "periodEnd"));
        }

        if (Staleness(evidence, latest, today, settings) is { } stale)
        {
            yield return stale;
        }

        foreach (var flag in Opinion(evidence, latest))
        {
            yield return flag;
        }

        foreach (var exception in soc2 == latest ? latest.Exceptions : [])
        {
            var criteria = exception.Criteria.Count > 0 ? exception.Criteria : exception.Control?.Criteria ?? [];
            var control = exception.ControlRef is { } reference ? $"control {reference}" : "a control";
            var on = criteria.Count > 0 ? $" ({string.Join(", ", criteria)})" : "";
            yield return new FlagDraft(PostureFlagCode.ControlException, FlagSeverity.Medium,
                $"Exception in {control}{on}: {Shorten(exception.Description, 400)}", latest, exception, criteria.Count > 0 ? string.Join(", ", criteria) : null);
        }

        foreach (var subservice in latest.SubserviceOrganizations.Where(s => s.Method == SubserviceMethod.CarveOut))
        {
            if (!evidence.VendorsWithEvidence.Any(name => SameOrganization(name, subservice.Name)))
            {
                yield return new FlagDraft(PostureFlagCode.CarvedOutSubserviceWithoutEvidence, FlagSeverity.Medium,
                    $"{subservice.Name} is carved out of the report ({subservice.Services ?? "services not stated"}) and no evidence of its own is on file.",
                    latest, subservice, subservice.Name);
            }
        }

        foreach (var cuec in soc2 == latest ? latest.Cuecs : [])
        {
            if (string.IsNullOrWhiteSpace(cuec.Owner) && cuec.Status != CuecStatus.NotApplicable)
            {
                yield return new FlagDraft(PostureFlagCode.CuecWithoutOwner, FlagSeverity.Low,
                    $"No one owns this complementary user-entity control: {Shorten(cuec.Description, 300)}", latest, cuec,
                    cuec.Criteria.Count > 0 ? string.Join(", ", cuec.Criteria) : null);
            }
        }
    }

    private static FlagDraft? Staleness(PostureEvidence evidence, EvidenceDocument report, DateOnly today, PostureSettings settings)
    {
        if (report.PeriodEnd is not { } end)
        {
            return null;
        }

        var cited = evidence.Field(report, "periodEnd");
        if (end < today.AddMonths(-settings.StaleAfterMonths))
        {
            return new FlagDraft(PostureFlagCode.Soc2PeriodStale, FlagSeverity.High,
                $"The report's period ended {Iso(end)}, more than {settings.StaleAfterMonths} months ago; ask for the current report.", report, cited);
        }

        if (end >= today.AddMonths(-settings.BridgeLetterNeededAfterMonths))
        {
            return null;
        }

        var covered = evidence.Documents.Any(d => d.Kind == EvidenceKind.BridgeLetter
            && BridgeThrough(evidence, d) is { } through && through > end && through >= today.AddDays(-settings.BridgeLetterGraceDays));
        return covered ? null : new FlagDraft(PostureFlagCode.BridgeLetterMissing, FlagSeverity.Medium,
            $"The report's period ended {Iso(end)}, more than {settings.BridgeLetterNeededAfterMonths} months ago, and no bridge letter covers the time since.",
            report, cited);
    }

    private static IEnumerable<FlagDraft> Opinion(PostureEvidence evidence, EvidenceDocument report)
    {
        if (report.Opinion is null or Data.Entities.Opinion.Unmodified)
        {
            yield break;
        }

        var criteria = evidence.Value(report, "qualifiedCriteria")?.Replace("; ", ", ", StringComparison.Ordinal);
        var kind = report.Opinion.Value.ToString().ToLowerInvariant();
        var about = criteria is null ? "; the criteria concerned were not extracted, read the opinion section" : $" concerning {criteria}";
        yield return new FlagDraft(PostureFlagCode.OpinionModified,
            report.Opinion == Data.Entities.Opinion.Qualified ? FlagSeverity.High : FlagSeverity.Critical,
            $"The auditor's opinion is {kind}{about}.", report, evidence.Field(report, "opinion") ?? evidence.Field(report, "qualifiedCriteria"), criteria);
    }

    /// <summary>Bridge letters carry their through-date as a field; the document's period end when the field is absent.</summary>
    private static DateOnly? BridgeThrough(PostureEvidence evidence, EvidenceDocument letter) =>
        Date(evidence.Value(letter, "bridgeThroughDate")) ?? letter.PeriodEnd;

    private static EvidenceDocument? Latest(IEnumerable<EvidenceDocument> documents) =>
        documents.OrderByDescending(d => d.PeriodEnd ?? DateOnly.MinValue).ThenByDescending(d => d.UploadedAt).ThenByDescending(d => d.Id).FirstOrDefault();

    /// <summary>Same organization when the words of one name all appear in the other ("AWS" needs an alias; "Amazon Web Services" matches "Amazon Web Services, Inc.").</summary>
    internal static bool SameOrganization(string a, string b)
    {
        var x = AccreditationBodyRegistry.Normalize(a).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w is not ("inc" or "llc" or "ltd" or "gmbh" or "corp" or "corporation" or "the")).ToHashSet();
        var y = AccreditationBodyRegistry.Normalize(b).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w is not ("inc" or "llc" or "ltd" or "gmbh" or "corp" or "corporation" or "the")).ToHashSet();
        return x.Count > 0 && y.Count > 0 && (x.IsSubsetOf(y) || y.IsSubsetOf(x));
    }

    /// <summary>Whole months from <paramref name="start"/> through <paramref name="end"/> (1 Jan to 31 Mar is 3).</summary>
    internal static int Months(DateOnly start, DateOnly end)
    {
        var next = end.AddDays(1);
        var months = ((next.Year - start.Year) * 12) + next.Month - start.Month;
        return start.AddMonths(months) > next ? months - 1 : months;
    }

    internal static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static DateOnly? Date(string? value) =>
        value is not null && DateOnly.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    internal static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";
}
