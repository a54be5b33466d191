namespace ArvexLab.Graph.Bench.Seeding;

/// <summary>Words the generated rows are built from: SOC 2 style text of realistic length (written for the benchmark).</summary>
internal static class BenchWording
{
    public static readonly string[] VendorWords =
    [
        "Acme", "Blue", "Cedar", "Delta", "Ember", "Fjord", "Granite", "Harbor", "Iris", "Juniper", "Kestrel", "Lumen",
        "Meridian", "Nimbus", "Onyx", "Pioneer", "Quartz", "Raven", "Summit", "Tundra", "Umbra", "Vertex", "Willow", "Zephyr",
    ];

    public static readonly string[] VendorSuffixes = ["Cloud", "Systems", "Analytics", "Payments", "Labs", "Networks", "Software", "Data"];

    public static readonly string[] Services = ["Hosting", "Email", "Payroll", "CRM", "Support desk", "Backups", "Monitoring", "Payments"];

    public static readonly string[] Tags = ["eu", "us", "pii", "critical-path", "finance", "hr", "marketing", "infra"];

    public static readonly string[] Auditors = ["Example Assurance LLP", "Northwind CPA", "Contoso Audit Partners", "Fabrikam Certification Ltd"];

    public static readonly string[] Criteria = ["CC1.1", "CC2.1", "CC5.2", "CC6.1", "CC6.2", "CC6.3", "CC6.6", "CC7.2", "CC7.3", "CC7.4", "CC8.1", "A1.2"];

    public static readonly string[] ControlTexts =
    [
        "Production access requires single sign-on with multi-factor authentication for every administrator account.",
        "User access requests are approved by the system owner before access is granted and the approval is retained.",
        "Access of terminated employees is revoked within one business day of the termination date recorded by HR.",
        "Security events are monitored continuously and alerts are triaged by the security operations team within one hour.",
        "Changes to production are peer reviewed and tested before deployment through the continuous delivery pipeline.",
        "Production data is backed up daily to a separate region and restores are tested at least quarterly.",
        "Information security policies are reviewed and approved by management annually and published to all staff.",
    ];

    public static readonly string[] Tests =
    [
        "Inspected approvals for a sample of 25 access requests selected from the population of requests in the period.",
        "Observed the authentication configuration and inspected the identity provider settings for enforcement of MFA.",
        "Inspected backup job logs for a sample of days and restore test records for a sample of quarters.",
    ];

    public static readonly string[] ExceptionTexts =
    [
        "For 2 of 25 terminated employees sampled, access was revoked more than one business day after termination.",
        "For 1 of 40 changes sampled, the change was deployed without documented peer review.",
        "For 1 of 4 quarters, the restore test was not performed.",
    ];

    public static readonly string[] CuecTexts =
    [
        "User entities are responsible for provisioning and de-provisioning their own users' access in a timely manner.",
        "User entities are responsible for enabling multi-factor authentication for their administrator accounts.",
        "User entities are responsible for notifying the service organization of security incidents they detect.",
        "User entities are responsible for protecting API keys issued to them.",
    ];
}
