using System.Text.RegularExpressions;

namespace ArvexLab.Graph.Extraction.Semantics;

/// <summary>
/// What a company name looks like in running text: capitalised words, optionally ending in a
/// legal form ("Inc.", "LLC", "GmbH", "Pte. Ltd.", "CPAs, P.C."). Used to cut a name out of a
/// sentence ("X issued a SOC 2 report", "on behalf of X") without knowing the name.
/// </summary>
public static partial class OrganizationNames
{
    /// <summary>A regex fragment: one name, capitalised words joined by spaces, "&amp;", "and", "of", or ", " before a legal form.</summary>
    /// <remarks>
    /// Each word can be read only one way (legal forms that start with a capital are ordinary capitalised
    /// words here): two ways per word made a failing match try 2^n paths on a line of n such words.
    /// </remarks>
    public const string Pattern =
        @"(?:[A-Z0-9][\w&'’.\-]*|&)(?:(?:\s+|,\s+(?=" + LegalForm + @"))(?:(?:plc|A/S)\b\.?|[A-Z0-9][\w&'’.\-]*|&|and(?=\s+[A-Z])|of(?=\s+[A-Z])))*";

    /// <summary>A regex fragment: one legal form ("Inc", "GmbH", "S.A", "Pty" …), without its full stop.</summary>
    internal const string LegalForm =
        @"(?:Inc|LLC|L\.L\.C|LLP|L\.L\.P|Ltd|Limited|P\.C|PC|PLLC|Corp|Corporation|Co|GmbH|mbH|AG|SE|S\.A|SA|SAS|SARL|S\.r\.l|B\.V|BV|N\.V|NV|ApS|A/S|AB|AS|Oy|OU|OÜ|Pte|Pty|K\.K|PLC|plc|LP|CPAs?)\b";

    /// <summary>True when the text ends in a legal form: strong evidence that it is a company name.</summary>
    public static bool HasLegalForm(string text) => EndsWithLegalForm().IsMatch(text.Trim());

    /// <summary>Drops a trailing possessive ("Acme Inc.'s" → "Acme Inc.").</summary>
    public static string StripPossessive(string name) => Possessive().Replace(name.Trim(), string.Empty);

    [GeneratedRegex(@"(?:^|[\s,])" + LegalForm + @"\.?$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex EndsWithLegalForm();

    [GeneratedRegex(@"['’]s$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Possessive();
}
