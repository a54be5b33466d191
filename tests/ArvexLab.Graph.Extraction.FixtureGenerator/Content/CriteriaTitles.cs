namespace ArvexLab.Graph.Extraction.FixtureGenerator.Content;

/// <summary>Informal short titles of the trust services criteria (our own wording, not the AICPA text).</summary>
public static class CriteriaTitles
{
    private static readonly Dictionary<string, string> Titles = new()
    {
        ["CC1.1"] = "Commitment to integrity and ethical values",
        ["CC1.2"] = "Board independence and oversight",
        ["CC1.4"] = "Commitment to competence",
        ["CC2.1"] = "Quality information",
        ["CC2.2"] = "Internal communication",
        ["CC2.3"] = "External communication",
        ["CC3.1"] = "Objectives for risk identification",
        ["CC3.2"] = "Risk identification and analysis",
        ["CC3.4"] = "Assessment of significant change",
        ["CC4.1"] = "Ongoing and separate evaluations",
        ["CC4.2"] = "Communication of deficiencies",
        ["CC5.2"] = "General controls over technology",
        ["CC6.1"] = "Logical access security measures",
        ["CC6.2"] = "User registration and authorization",
        ["CC6.3"] = "Role-based access and removal",
        ["CC6.4"] = "Physical access restrictions",
        ["CC6.5"] = "Disposal of assets",
        ["CC6.6"] = "Protection against external threats",
        ["CC6.7"] = "Restriction of data transmission and movement",
        ["CC6.8"] = "Prevention of malicious software",
        ["CC7.1"] = "Detection of configuration changes and vulnerabilities",
        ["CC7.2"] = "Monitoring of system components",
        ["CC7.3"] = "Evaluation of security events",
        ["CC7.4"] = "Incident response",
        ["CC7.5"] = "Recovery from incidents",
        ["CC8.1"] = "Change management",
        ["CC9.1"] = "Business disruption risk mitigation",
        ["CC9.2"] = "Vendor and business partner risk management",
        ["A1.1"] = "Capacity management",
        ["A1.2"] = "Environmental protections, backup and recovery",
        ["A1.3"] = "Recovery plan testing",
        ["C1.1"] = "Identification and protection of confidential information",
        ["C1.2"] = "Disposal of confidential information",
        ["PI1.2"] = "Completeness and accuracy of inputs",
        ["PI1.3"] = "Processing integrity of system processing",
        ["PI1.4"] = "Completeness and accuracy of outputs",
        ["P1.1"] = "Notice of privacy practices",
        ["P4.2"] = "Retention of personal information",
        ["P5.1"] = "Access to personal information",
    };

    public static string Of(string id) => Titles.TryGetValue(id, out var t) ? t : "";
}
