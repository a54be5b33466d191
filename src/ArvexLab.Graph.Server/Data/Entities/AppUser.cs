using Microsoft.AspNetCore.Identity;

namespace ArvexLab.Graph.Server.Data.Entities;

public enum OrganizationRole { Viewer = 0, Reviewer = 1, Admin = 2 }

/// <summary>
/// A person who signs in to the portal: a member of one organization with one role. Tenant-owned, but
/// visible without a tenant (sign-in happens before there is one): see <c>TenantFilters</c>.
/// </summary>
public class AppUser : IdentityUser<long>, ITenantOwned
{
    public long OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public OrganizationRole Role { get; set; }
    /// <summary>May manage the built-in framework catalogs (a platform operator, not a customer role).</summary>
    public bool IsPlatformAdmin { get; set; }
    public string? DisplayName { get; set; }
    public bool IsActive { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }
}

public class AppRole : IdentityRole<long>;
