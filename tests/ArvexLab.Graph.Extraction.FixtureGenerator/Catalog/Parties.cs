using ArvexLab.Graph.Extraction.FixtureGenerator.Expectations;

namespace ArvexLab.Graph.Extraction.FixtureGenerator.Catalog;

/// <summary>Invented service organizations, subservice organizations and CUEC texts shared by the fixtures.</summary>
public static class Parties
{
    public static readonly (string, string) Nimbus = ("Nimbus Cloud Services, Inc.", "Infrastructure-as-a-service hosting of the production environment");
    public static readonly (string, string) Corvid = ("Corvid Data Centers LLC", "Colocation data center facilities and physical security");
    public static readonly (string, string) Postline = ("Postline Messaging, Inc.", "Transactional email and SMS delivery");
    public static readonly (string, string) Stratus = ("Stratus Identity, Inc.", "Identity provider and single sign-on services");

    /// <summary>"text|criteria" pairs; criteria are printed only in CUEC tables that have a criteria column.</summary>
    public static readonly string[] Cuecs =
    [
        "Ensuring that user access to the platform is granted only to authorized personnel and reviewed periodically.|CC6.1,CC6.2",
        "Removing platform access for their personnel promptly upon termination of employment.|CC6.2,CC6.3",
        "Notifying the service organization of any suspected security incident involving the platform within 24 hours.|CC7.3",
        "Protecting the confidentiality of the API keys and credentials issued to them.|CC6.1",
        "Configuring multi-factor authentication for their administrator accounts.|CC6.1",
        "Maintaining their own copies of data exported from the platform where their retention policies require it.|A1.2",
        "Transmitting files to the platform only through the secure channels provided.|CC6.7",
        "Reviewing reports produced by the platform for completeness and accuracy before relying on them.|PI1.4",
    ];

    public static string[] CuecSlice(int start, int count) => [.. Enumerable.Range(0, count).Select(i => Cuecs[(start + i) % Cuecs.Length])];

    public static readonly Tsc[] SecurityOnly = [Tsc.SECURITY];
    public static readonly Tsc[] SecurityAvailability = [Tsc.SECURITY, Tsc.AVAILABILITY];
    public static readonly Tsc[] SecurityAvailabilityConfidentiality = [Tsc.SECURITY, Tsc.AVAILABILITY, Tsc.CONFIDENTIALITY];
    public static readonly Tsc[] AllFive = [Tsc.SECURITY, Tsc.AVAILABILITY, Tsc.PROCESSING_INTEGRITY, Tsc.CONFIDENTIALITY, Tsc.PRIVACY];
}
