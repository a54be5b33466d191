namespace ArvexLab.Graph.Server.Features.Identity;

/// <summary>
/// Names of the authorization policies the graph's fields and mutations demand. Which roles and
/// scopes satisfy each is declared once, in the access matrix of the Identity feature.
/// </summary>
public static class GraphPolicies
{
    /// <summary>Read the organization's vendors, evidence and findings.</summary>
    public const string Read = "graph:read";

    /// <summary>Create, update and archive vendors.</summary>
    public const string ManageVendors = "vendors:write";

    /// <summary>Upload evidence and review findings.</summary>
    public const string Review = "evidence:review";

    /// <summary>Manage users and partner clients of the organization.</summary>
    public const string ManageOrganization = "organization:admin";

    /// <summary>Manage the organization's own frameworks and mappings.</summary>
    public const string ManageOrganizationFrameworks = "frameworks:write";

    /// <summary>
    /// Reach the catalog administration mutations at all: organization admins and platform administrators. Which
    /// rows each may change (own frameworks, built-in catalogs) is checked per row by the Frameworks feature.
    /// </summary>
    public const string ManageFrameworks = "frameworks:manage";

    /// <summary>Manage the built-in framework catalogs (platform administrators only).</summary>
    public const string ManageBuiltInCatalogs = "catalogs:admin";
}
