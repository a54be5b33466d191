using System.Text.Json;
using ArvexLab.Graph.Server.Data.Entities;

namespace ArvexLab.Graph.Server.Data.Seeding;

/// <summary>Adds extracted findings to a demo document, each with confidence, a page/box citation and a review state.</summary>
internal sealed class DemoFindings(Random random)
{
    public void Field(EvidenceDocument document, string name, string? value, double confidence, int page)
    {
        var field = Cite(new ExtractedField { Name = name, Value = value }, document, confidence, page);
        if (field.ReviewState == ReviewState.Corrected)
        {
            field.ExtractedSnapshot = JsonSerializer.Serialize(new { name, value });
            field.ReviewedValue = value + " (verified)";
            field.ReviewComment = "Checked against the signed PDF.";
        }

        document.Fields.Add(field);
    }

    public void AddTo(EvidenceDocument document)
    {
        if (document.Kind is EvidenceKind.Soc2TypeI or EvidenceKind.Soc2TypeII)
        {
            AddControls(document);
            AddCuecs(document);
        }

        if (document.Kind is EvidenceKind.Soc2TypeI or EvidenceKind.Soc2TypeII or EvidenceKind.Soc3)
        {
            AddSubserviceOrganizations(document);
        }
    }

    private void AddControls(EvidenceDocument document)
    {
        var typeII = document.Kind == EvidenceKind.Soc2TypeII;
        var withException = typeII ? random.Next(0, 3) : 0;
        var exceptionIndexes = Enumerable.Range(0, DemoCatalog.Controls.Length).OrderBy(_ => random.Next()).Take(withException).ToHashSet();
        for (var i = 0; i < DemoCatalog.Controls.Length; i++)
        {
            var (reference, description, criteria, test) = DemoCatalog.Controls[i];
            var control = Cite(new Control
            {
                Ref = reference,
                Description = description,
                Criteria = [.. criteria],
                TestsPerformed = typeII ? test : "Inspected the design and implementation of the control as of the report date.",
                Result = exceptionIndexes.Contains(i) ? ControlResult.Exception : ControlResult.NoExceptions,
            }, document, confidence: Round(0.7 + (random.NextDouble() * 0.29)), page: 30 + (i * 2));
            control.ResultText = control.Result == ControlResult.Exception ? "Exceptions noted." : "No exceptions noted.";
            document.Controls.Add(control);
            if (control.Result == ControlResult.Exception)
            {
                var (exception, response) = DemoCatalog.Exceptions[random.Next(DemoCatalog.Exceptions.Length)];
                document.Exceptions.Add(Cite(new ControlException
                {
                    Control = control,
                    ControlRef = reference,
                    Criteria = [.. criteria],
                    Description = exception,
                    ManagementResponse = response,
                }, document, Round(0.75 + (random.NextDouble() * 0.2)), control.Page!.Value));
            }
        }
    }

    private void AddCuecs(EvidenceDocument document)
    {
        foreach (var (description, criteria) in DemoCatalog.Cuecs.OrderBy(_ => random.Next()).Take(4))
        {
            var owner = random.Next(3) == 0 ? null : DemoCatalog.Owners[random.Next(DemoCatalog.Owners.Length)];
            document.Cuecs.Add(Cite(new Cuec
            {
                Description = description,
                Criteria = [.. criteria],
                Owner = owner,
                Status = owner is null ? CuecStatus.Open : (CuecStatus)random.Next(0, 4),
                DueDate = owner is null ? null : DateOnly.FromDateTime(document.UploadedAt.UtcDateTime).AddDays(random.Next(14, 90)),
            }, document, Round(0.6 + (random.NextDouble() * 0.35)), page: 22));
        }
    }

    private void AddSubserviceOrganizations(EvidenceDocument document)
    {
        document.SubserviceOrganizations.Add(Cite(new SubserviceOrganization
        {
            Name = random.Next(2) == 0 ? "Amazon Web Services" : "Microsoft Azure",
            Services = "Infrastructure hosting, physical and environmental security of data centers",
            Method = SubserviceMethod.CarveOut,
        }, document, 0.92, page: 14));
        if (random.Next(2) == 0)
        {
            document.SubserviceOrganizations.Add(Cite(new SubserviceOrganization
            {
                Name = "Sentinel Managed Detection Ltd.",
                Services = "24x7 security monitoring and incident triage",
                Method = SubserviceMethod.Inclusive,
            }, document, 0.71, page: 15));
        }
    }

    // Citation box within a US-letter page (PDF points, origin bottom-left) and a mixed review history.
    private T Cite<T>(T finding, EvidenceDocument document, double confidence, int page)
        where T : Finding
    {
        finding.OrganizationId = document.OrganizationId;
        finding.Document = document;
        finding.Confidence = confidence;
        finding.Page = Math.Min(page, document.PageCount ?? page);
        finding.BoxX0 = 72;
        finding.BoxY0 = Math.Round(100 + (random.NextDouble() * 500), 1);
        finding.BoxX1 = 540;
        finding.BoxY1 = finding.BoxY0 + Math.Round(14 + (random.NextDouble() * 60), 1);
        var roll = random.Next(100);
        finding.ReviewState = roll switch { < 50 => ReviewState.Pending, < 85 => ReviewState.Confirmed, < 95 => ReviewState.Corrected, _ => ReviewState.Rejected };
        if (finding.ReviewState != ReviewState.Pending)
        {
            finding.ReviewedBy = "reviewer@demo.arvexlab.test";
            finding.ReviewedAt = document.UploadedAt.AddDays(random.Next(1, 5));
        }

        return finding;
    }

    private static double Round(double value) => Math.Round(value, 2);
}
