using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Data.Tenancy;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Data;

/// <summary>
/// The application's unit of work. Provider-specific subclasses (<see cref="SqliteGraphDbContext"/>,
/// <see cref="PostgresGraphDbContext"/>) exist only so each provider keeps its own migrations set.
/// </summary>
public abstract class GraphDbContext(DbContextOptions options, ITenantContext tenant) :
    IdentityDbContext<AppUser, AppRole, long>(options), IDataProtectionKeyContext
{
    // Read by the global query filters; EF parameterizes them per context instance.
    internal long CurrentOrganizationId => tenant.OrganizationId ?? -1;
    internal bool BypassTenantFilter => tenant.IsSystem;
    internal bool HasNoTenant => tenant.OrganizationId is null;
    public ITenantContext Tenant => tenant;

    /// <summary>A pooled context takes the tenant of its lease (<see cref="GraphDbContextActivator.Lease"/>).</summary>
    internal void LeaseTo(ITenantContext lessee) => tenant = lessee;

    // Disposing returns a pooled context to the pool: it must keep no tenant a later lease could act under.
    public override void Dispose()
    {
        tenant = UnleasedTenant.Instance;
        base.Dispose();
    }

    public override ValueTask DisposeAsync()
    {
        tenant = UnleasedTenant.Instance;
        return base.DisposeAsync();
    }

    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<Vendor> Vendors => Set<Vendor>();
    public DbSet<EvidenceDocument> EvidenceDocuments => Set<EvidenceDocument>();
    public DbSet<ExtractedField> ExtractedFields => Set<ExtractedField>();
    public DbSet<Control> Controls => Set<Control>();
    public DbSet<ControlException> ControlExceptions => Set<ControlException>();
    public DbSet<Cuec> Cuecs => Set<Cuec>();
    public DbSet<SubserviceOrganization> SubserviceOrganizations => Set<SubserviceOrganization>();
    public DbSet<Framework> Frameworks => Set<Framework>();
    public DbSet<Requirement> Requirements => Set<Requirement>();
    public DbSet<RequirementMapping> RequirementMappings => Set<RequirementMapping>();
    public DbSet<ControlMapping> ControlMappings => Set<ControlMapping>();
    public DbSet<ReviewEvent> ReviewEvents => Set<ReviewEvent>();
    public DbSet<ExtractionJob> ExtractionJobs => Set<ExtractionJob>();
    public DbSet<EvidenceExpiryNotice> EvidenceExpiryNotices => Set<EvidenceExpiryNotice>();
    public DbSet<VendorPosture> VendorPostures => Set<VendorPosture>();
    public DbSet<PostureFlag> PostureFlags => Set<PostureFlag>();
    public DbSet<Change> Changes => Set<Change>();
    public DbSet<ChangeCounter> ChangeCounters => Set<ChangeCounter>();
    public DbSet<WebhookSubscription> WebhookSubscriptions => Set<WebhookSubscription>();
    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();
    // The Data Protection key ring (download links, sign-in cookies), shared by every node: global, no tenant.
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(GraphDbContext).Assembly);
        this.ApplyTenantFilters(modelBuilder);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        WriteStamps.Apply(this);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        WriteStamps.Apply(this);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }
}
