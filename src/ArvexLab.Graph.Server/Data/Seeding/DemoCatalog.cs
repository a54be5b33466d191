namespace ArvexLab.Graph.Server.Data.Seeding;

/// <summary>The wording demo findings are drawn from, in the style of real SOC 2 reports (text written for this project).</summary>
internal static class DemoCatalog
{
    public static readonly (string Ref, string Description, string[] Criteria, string Test)[] Controls =
    [
        ("CC1.1.1", "Employees acknowledge the code of conduct upon hire and annually thereafter.", ["CC1.1"],
            "Inspected acknowledgements for a sample of new hires and current employees."),
        ("CC2.1.1", "Management reviews security metrics with the security steering committee quarterly.", ["CC2.1", "CC4.1"],
            "Inspected meeting minutes for a sample of quarters."),
        ("CC5.2.1", "Information security policies are reviewed and approved by management annually.", ["CC5.2", "CC5.3"],
            "Inspected the policy set and evidence of annual approval."),
        ("CC6.1.1", "Production access requires single sign-on with multi-factor authentication.", ["CC6.1"],
            "Observed the authentication configuration and inspected the identity provider settings."),
        ("CC6.2.1", "User access requests are approved by the system owner before access is granted.", ["CC6.2", "CC6.3"],
            "Inspected approvals for a sample of access requests."),
        ("CC6.3.1", "Access of terminated employees is revoked within one business day.", ["CC6.2", "CC6.3"],
            "Compared the HR termination list with access revocation dates for a sample of leavers."),
        ("CC7.2.1", "Security events are monitored and alerts are triaged by the security operations team.", ["CC7.2", "CC7.3"],
            "Inspected alert tickets for a sample of days and observed the monitoring dashboard."),
        ("CC7.4.1", "Security incidents are handled according to the documented incident response plan.", ["CC7.4", "CC7.5"],
            "Inspected incident tickets for a sample of incidents and the annual tabletop exercise."),
        ("CC8.1.1", "Changes to production are peer reviewed and tested before deployment.", ["CC8.1"],
            "Inspected pull requests and test evidence for a sample of production changes."),
        ("A1.2.1", "Production data is backed up daily and restores are tested quarterly.", ["A1.2", "A1.3"],
            "Inspected backup job logs for a sample of days and restore test records for a sample of quarters."),
    ];

    public static readonly (string Description, string Response)[] Exceptions =
    [
        ("For 2 of 25 terminated employees sampled, access was revoked more than one business day after termination.",
            "Management has automated de-provisioning from the HR system and re-trained the service desk."),
        ("For 1 of 40 changes sampled, the change was deployed without documented peer review.",
            "The change was reviewed retrospectively; branch protection now blocks merges without approval."),
        ("For 1 of 4 quarters, the restore test was not performed.",
            "The missed test was performed in the following month; the schedule is now tracked in the GRC tool."),
        ("For 3 of 30 new hires sampled, the code of conduct acknowledgement was obtained after 30 days.",
            "Onboarding now blocks system access until the acknowledgement is signed."),
    ];

    public static readonly (string Description, string[] Criteria)[] Cuecs =
    [
        ("User entities are responsible for provisioning and de-provisioning their own users' access in a timely manner.", ["CC6.2", "CC6.3"]),
        ("User entities are responsible for enabling multi-factor authentication for their administrator accounts.", ["CC6.1"]),
        ("User entities are responsible for reviewing their users' access at least annually.", ["CC6.2"]),
        ("User entities are responsible for notifying the service organization of security incidents they detect.", ["CC7.3", "CC2.3"]),
        ("User entities are responsible for the accuracy and completeness of data they submit.", ["PI1.2"]),
        ("User entities are responsible for protecting API keys issued to them.", ["CC6.1", "CC6.6"]),
    ];

    public static readonly string[] Owners =
    [
        "it-ops@demo.arvexlab.test", "security@demo.arvexlab.test", "Dana Whitfield", "Priya Raman",
    ];
}
