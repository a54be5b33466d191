using ArvexLab.Graph.Extraction.FixtureGenerator.Expectations;
using ArvexLab.Graph.Extraction.FixtureGenerator.Layout;

namespace ArvexLab.Graph.Extraction.FixtureGenerator.Content;

/// <summary>Section III: system overview, subservice organizations and complementary user entity controls.</summary>
public static class SocDescription
{
    public const string CuecLeadIn = "User entities are responsible for";

    public static IEnumerable<Block> Render(SocSpec s, SocStyle style, string heading)
    {
        yield return new PageBreak();
        yield return new Heading(heading);
        yield return new Heading("Company Overview", 2);
        yield return new Para($"{s.Company} provides the {s.System} to customers in financial services, healthcare and retail. The platform is delivered as a multi-tenant software-as-a-service application and is operated by a dedicated engineering and operations team.");
        yield return new Heading("Infrastructure and Software", 2);
        yield return new Para($"The {s.System} runs in containers orchestrated by a managed Kubernetes service. Customer data is stored in managed relational databases with automated backups. Source code is hosted in a private repository and deployed through an automated pipeline.");
        yield return new Heading("People", 2);
        yield return new Para("The organization is led by the Chief Executive Officer, supported by the Chief Technology Officer, the Head of Information Security and the Head of People. Responsibilities for security are defined in the information security policy.");

        if (s.Subservices.Length > 0)
        {
            yield return new Heading("Subservice Organizations", 2);
            yield return new Para(s.SubserviceMethod == Method.CARVE_OUT
                ? $"{s.Short} uses the subservice organizations listed below. The controls of these subservice organizations are excluded from this report (carve-out method). {s.Short} monitors them by reviewing their SOC reports annually."
                : $"{s.Short} uses the subservice organizations listed below. Their relevant controls are included in this description and in the scope of the examination (inclusive method).");
            if (style.SubserviceTable)
            {
                yield return new Table(["Subservice Organization", "Services Provided"], [1, 2],
                    [.. s.Subservices.Select(x => Row.Of(x.Name, x.Services))], style.Ruled, Shaded: style.Shaded, FontSize: 9);
            }
            else
            {
                foreach (var (name, services) in s.Subservices)
                    yield return new Para($"{name}: {services}");
            }
            if (s.SubserviceMethod == Method.CARVE_OUT)
            {
                yield return new Heading("Complementary Subservice Organization Controls", 3);
                yield return new Para("The subservice organizations are expected to implement the following controls (complementary subservice organization controls):");
                yield return new ListBlock([
                    "Physical access to data centers is restricted to authorized personnel and monitored.",
                    "Environmental protections such as fire suppression and uninterruptible power are maintained at the data centers.",
                    "Changes to the underlying infrastructure are authorized, tested and approved.",
                ], style.CuecStyle == CuecStyle.Numbered ? ListStyle.Numbered : ListStyle.Bulleted);
            }
        }

        yield return new Heading("Complementary User Entity Controls", 2);
        yield return new Para($"{s.Short}'s controls were designed with the assumption that certain controls would be implemented by user entities. The controls below should be in operation at user entities to complement {s.Short}'s controls.");
        var items = CuecTexts(s, style);
        switch (style.CuecStyle)
        {
            case CuecStyle.Table:
                yield return style.CuecCriteria
                    ? new Table(["Complementary User Entity Controls", "Related Criteria"], [4, 1],
                        [.. items.Select(i => Row.Of(i.Text, string.Join(", ", i.Criteria)))], style.Ruled, Shaded: style.Shaded, FontSize: 9)
                    : new Table(["#", "Complementary User Entity Control"], [0.4, 6],
                        [.. items.Select((i, n) => Row.Of($"{n + 1}.", i.Text))], style.Ruled, Shaded: style.Shaded, FontSize: 9);
                break;
            default:
                if (!style.CuecPrefix && style.CuecStyle == CuecStyle.Numbered)
                    yield return new Para($"{CuecLeadIn} the following:");
                yield return new ListBlock([.. items.Select(i => i.Text)], style.CuecStyle == CuecStyle.Numbered ? ListStyle.Numbered : ListStyle.Bulleted);
                break;
        }
    }

    /// <summary>CUEC texts as printed: with the prefix each item is a sentence; without it, items follow a lead-in.</summary>
    public static List<(string Text, string[] Criteria)> CuecTexts(SocSpec s, SocStyle style) =>
        [.. s.Cuecs.Select(c =>
        {
            var parts = c.Split('|');
            var body = parts[0];
            var text = style.CuecPrefix ? $"{CuecLeadIn} {char.ToLowerInvariant(body[0])}{body[1..]}" : body;
            var criteria = style.CuecCriteria && style.CuecStyle == CuecStyle.Table && parts.Length > 1 ? parts[1].Split(',') : [];
            return (text, criteria);
        })];
}
