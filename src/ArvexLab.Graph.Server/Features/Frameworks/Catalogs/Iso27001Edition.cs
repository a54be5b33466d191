using System.Text.RegularExpressions;

namespace ArvexLab.Graph.Server.Features.Frameworks.Catalogs;

/// <summary>Which edition of ISO/IEC 27001 a certificate is issued against (national adoptions included).</summary>
public enum Iso27001Edition { Unknown = 0, Edition2005 = 1, Edition2013 = 2, Edition2022 = 3 }

/// <summary>
/// Reads the edition from the standard as printed on a certificate. National and European adoptions carry their own
/// year: "EN ISO/IEC 27001:2017", "NEN-EN ISO/IEC 27001:2017+A11:2020", "JIS Q 27001:2014" and "AS ISO/IEC 27001:2015"
/// are the 2013 edition; "EN ISO/IEC 27001:2023", "DIN EN ISO/IEC 27001:2024-01" and "JIS Q 27001:2023" are the 2022 one.
/// </summary>
public static partial class Iso27001Editions
{
    /// <summary>IAF MD 26: every certificate to the 2013 edition expired or was withdrawn at the end of this day.</summary>
    public static readonly DateOnly Edition2013ValidUntil = new(2025, 10, 31);

    /// <summary>The catalog key holding the controls of an edition, or null when the project has no catalog for it.</summary>
    public static string? CatalogKey(Iso27001Edition edition) => edition switch
    {
        Iso27001Edition.Edition2013 => "iso27001-2013",
        Iso27001Edition.Edition2022 => "iso27001-2022",
        _ => null,
    };

    public static Iso27001Edition Parse(string? printedStandard)
    {
        if (string.IsNullOrWhiteSpace(printedStandard)) return Iso27001Edition.Unknown;
        // The first year after "27001:" is the publication year; amendments (+A11:2020, /Amd 1:2024) come later.
        var match = PublicationYear().Match(printedStandard);
        if (!match.Success) return Iso27001Edition.Unknown;
        return int.Parse(match.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) switch
        {
            >= 2022 => Iso27001Edition.Edition2022,
            >= 2013 => Iso27001Edition.Edition2013,
            >= 2005 => Iso27001Edition.Edition2005,
            _ => Iso27001Edition.Unknown,
        };
    }

    /// <summary>True when a certificate to this edition can no longer be valid on <paramref name="today"/>.</summary>
    public static bool IsWithdrawn(Iso27001Edition edition, DateOnly today) => edition switch
    {
        Iso27001Edition.Edition2005 => true,
        Iso27001Edition.Edition2013 => today > Edition2013ValidUntil,
        _ => false,
    };

    [GeneratedRegex(@"27001\s*[:\-–]\s*((?:19|20)\d\d)")]
    private static partial Regex PublicationYear();
}
