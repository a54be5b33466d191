using System.Security.Cryptography;
using ArvexLab.Graph.Server.Data.Entities;
using W = ArvexLab.Graph.Bench.Seeding.BenchWording;

namespace ArvexLab.Graph.Bench.Seeding;

/// <summary>
/// The generated rows, streamed (never all in memory) with explicit ids starting at 1, so children can
/// point at their parents by arithmetic: document d of vendor v is <c>v * 5 + d</c>, and so on.
/// Deterministic: each row's values come from a random generator seeded with the row's id.
/// </summary>
public sealed class BenchRows(SeedScale scale, long organizationId, IReadOnlyList<long> requirementIds, DateTimeOffset now)
{
    private readonly DateOnly today = DateOnly.FromDateTime(now.UtcDateTime);

    public IEnumerable<Vendor> Vendors()
    {
        for (long id = 1; id <= scale.Vendors; id++)
        {
            var random = new Random((int)id);
            var created = now.AddDays(-random.Next(1, 1500));
            var archived = random.Next(10) == 0;
            yield return new Vendor
            {
                Id = id,
                OrganizationId = organizationId,
                Name = $"{Pick(random, W.VendorWords)} {Pick(random, W.VendorSuffixes)} {id:D6}",
                Website = $"https://vendor{id}.example.com",
                Criticality = (Criticality)random.Next(4),
                Status = archived ? VendorStatus.Archived : VendorStatus.Active,
                Services = [Pick(random, W.Services), Pick(random, W.Services)],
                Tags = [Pick(random, W.Tags)],
                Owner = $"owner{random.Next(40)}@bench.arvexlab.test",
                CreatedAt = created,
                UpdatedAt = created.AddDays(random.Next(0, 30)),
                ArchivedAt = archived ? now : null,
                Version = 1,
            };
        }
    }

    public IEnumerable<EvidenceDocument> Documents()
    {
        for (long id = 1; id <= scale.Documents; id++)
        {
            var random = new Random((int)id);
            var kind = (id % SeedScale.DocumentsPerVendor) switch
            {
                0 => EvidenceKind.Iso27001Certificate,
                1 => EvidenceKind.BridgeLetter,
                _ => EvidenceKind.Soc2TypeII,
            };
            var periodEnd = today.AddDays(-random.Next(30, 700));
            var uploaded = now.AddDays(-random.Next(1, 400));
            yield return new EvidenceDocument
            {
                Id = id,
                OrganizationId = organizationId,
                VendorId = VendorOf(id),
                Kind = kind,
                Title = $"{kind} report {id}",
                FileName = $"evidence-{id}.pdf",
                Sha256 = Convert.ToHexStringLower(SHA256.HashData(BitConverter.GetBytes(id))),
                SizeBytes = random.Next(100_000, 5_000_000),
                PageCount = random.Next(2, 120),
                Status = EvidenceStatus.Extracted,
                ReviewStatus = (EvidenceReviewStatus)random.Next(3),
                CoversServices = [Pick(random, W.Services)],
                Auditor = Pick(random, W.Auditors),
                Opinion = kind == EvidenceKind.Soc2TypeII ? (Opinion)(random.Next(10) == 0 ? 1 : 0) : null,
                ReportDate = periodEnd.AddDays(30),
                PeriodStart = kind == EvidenceKind.Soc2TypeII ? periodEnd.AddMonths(-12) : null,
                PeriodEnd = periodEnd,
                IssueDate = kind == EvidenceKind.Iso27001Certificate ? periodEnd : null,
                ExpiryDate = kind == EvidenceKind.Iso27001Certificate ? periodEnd.AddYears(3) : null,
                UploadedBy = "bench",
                UploadedAt = uploaded,
                UpdatedAt = uploaded,
                Version = 1,
            };
        }
    }

    public IEnumerable<Control> Controls()
    {
        for (long id = 1; id <= scale.Controls; id++)
        {
            var random = new Random((int)id);
            var criterion = Pick(random, W.Criteria);
            var result = random.Next(20) == 0 ? ControlResult.Exception : ControlResult.NoExceptions;
            yield return Stamp(new Control
            {
                Id = id,
                Ref = $"{criterion}.{(id % SeedScale.ControlsPerDocument) + 1}",
                Description = Pick(random, W.ControlTexts),
                Criteria = [criterion],
                TestsPerformed = Pick(random, W.Tests),
                Result = result,
                ResultText = result == ControlResult.Exception ? "Exceptions noted." : "No exceptions noted.",
            }, (id - 1) / SeedScale.ControlsPerDocument + 1, random);
        }
    }

    public IEnumerable<ControlException> Exceptions()
    {
        for (long id = 1; id <= scale.Exceptions; id++)
        {
            var random = new Random((int)id);
            var document = (id - 1) / SeedScale.ExceptionsPerDocument + 1;
            var controlId = (document - 1) * SeedScale.ControlsPerDocument + ((id - 1) % SeedScale.ExceptionsPerDocument) * 7 + 1;
            yield return Stamp(new ControlException
            {
                Id = id,
                ControlId = controlId,
                ControlRef = $"C-{controlId}",
                Criteria = [Pick(random, W.Criteria)],
                Description = Pick(random, W.ExceptionTexts),
                ManagementResponse = "Management has remediated the deviation and added a monitoring control.",
            }, document, random);
        }
    }

    public IEnumerable<Cuec> Cuecs()
    {
        for (long id = 1; id <= scale.Cuecs; id++)
        {
            var random = new Random((int)id);
            yield return Stamp(new Cuec
            {
                Id = id,
                Description = Pick(random, W.CuecTexts),
                Criteria = [Pick(random, W.Criteria)],
                Owner = random.Next(3) == 0 ? null : $"owner{random.Next(40)}@bench.arvexlab.test",
                Status = (CuecStatus)random.Next(4),
                DueDate = today.AddDays(random.Next(-60, 180)),
            }, (id - 1) / SeedScale.CuecsPerDocument + 1, random);
        }
    }

    /// <summary>
    /// The change feed a partner syncs from: a "created" entry per vendor, then per document (version 1, as
    /// seeded), in sequence order 1, 2, … — so <c>changes(first: 100)</c> pages through real rows.
    /// </summary>
    public IEnumerable<Change> Changes()
    {
        long sequence = 0;
        Change Entry(ChangeEntityType type, long id) => new()
        {
            OrganizationId = organizationId,
            Sequence = ++sequence,
            EntityType = type,
            EntityId = id,
            Operation = ChangeOperation.Created,
            Version = 1,
            OccurredAt = now.AddSeconds(sequence - scale.Changes),
        };

        for (long id = 1; id <= scale.Vendors; id++)
        {
            yield return Entry(ChangeEntityType.Vendor, id);
        }

        for (long id = 1; id <= scale.Documents; id++)
        {
            yield return Entry(ChangeEntityType.EvidenceDocument, id);
        }
    }

    public ChangeCounter ChangeCounter() => new() { OrganizationId = organizationId, LastSequence = scale.Changes };

    public IEnumerable<ControlMapping> Mappings()
    {
        long id = 0;
        for (long control = 1; control <= scale.Controls; control++)
        {
            var random = new Random((int)control);
            var first = random.Next(requirementIds.Count);
            var second = (first + 1 + random.Next(requirementIds.Count - 1)) % requirementIds.Count;
            foreach (var index in new[] { first, second })
            {
                id++;
                yield return new ControlMapping
                {
                    Id = id,
                    OrganizationId = organizationId,
                    ControlId = control,
                    RequirementId = requirementIds[index],
                    Method = (ControlMappingMethod)random.Next(3),
                    Confidence = Math.Round(0.5 + random.NextDouble() / 2, 3),
                    ReviewState = (ReviewState)random.Next(2),
                    Version = 1,
                };
            }
        }
    }

    private static long VendorOf(long document) => (document - 1) / SeedScale.DocumentsPerVendor + 1;

    private T Stamp<T>(T finding, long documentId, Random random) where T : Finding
    {
        finding.OrganizationId = organizationId;
        finding.DocumentId = documentId;
        finding.Confidence = Math.Round(0.6 + random.NextDouble() * 0.4, 3);
        finding.Page = random.Next(1, 120);
        finding.BoxX0 = 72;
        finding.BoxY0 = random.Next(72, 700);
        finding.BoxX1 = 540;
        finding.BoxY1 = finding.BoxY0 + 24;
        finding.ReviewState = (ReviewState)random.Next(3);
        finding.Version = 1;
        return finding;
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}
