using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Data.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace ArvexLab.Graph.Server.Data;

/// <summary>
/// What every save does before it reaches the database: tenant stamping and guarding, optimistic-concurrency
/// versions and timestamps. Kept here so no mutation can forget it.
/// </summary>
internal static class WriteStamps
{
    private const string OrganizationIdName = nameof(ITenantOwned.OrganizationId);

    public static void Apply(GraphDbContext db)
    {
        var tenant = db.Tenant;
        var now = DateTimeOffset.UtcNow;
        foreach (var entry in db.ChangeTracker.Entries())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    GuardAdded(entry, tenant);
                    StampCreated(entry, now);
                    break;
                case EntityState.Modified:
                    GuardExisting(entry, tenant);
                    BumpVersion(entry);
                    SetIfPresent(entry, "UpdatedAt", now, onlyWhenDefault: false);
                    break;
                case EntityState.Deleted:
                    GuardExisting(entry, tenant);
                    break;
            }
        }
    }

    private static void GuardAdded(EntityEntry entry, ITenantContext tenant)
    {
        if (entry.Entity is ITenantOwned owned)
        {
            if (tenant.IsSystem)
            {
                // Background work acts for many organizations: it must say which one, explicitly.
                if (owned.OrganizationId == 0)
                {
                    throw new TenantViolationException($"System write of a new {entry.Metadata.ClrType.Name} without an OrganizationId.");
                }

                return;
            }

            var current = tenant.OrganizationId
                ?? throw new TenantViolationException($"Cannot add a {entry.Metadata.ClrType.Name} without a tenant.");
            if (owned.OrganizationId == 0)
            {
                owned.OrganizationId = current;
            }
            else if (owned.OrganizationId != current)
            {
                throw new TenantViolationException($"Cannot add a {entry.Metadata.ClrType.Name} for another organization.");
            }

            return;
        }

        GuardCatalogRow(entry, tenant, entry.Metadata.FindProperty(OrganizationIdName) is null ? null : entry.Property(OrganizationIdName).CurrentValue);
    }

    private static void GuardExisting(EntityEntry entry, ITenantContext tenant)
    {
        if (tenant.IsSystem || entry.Metadata.FindProperty(OrganizationIdName) is null)
        {
            return;
        }

        var property = entry.Property(OrganizationIdName);
        if (entry.State == EntityState.Modified && property.IsModified && !Equals(property.OriginalValue, property.CurrentValue))
        {
            throw new TenantViolationException($"A {entry.Metadata.ClrType.Name} cannot move to another organization.");
        }

        if (entry.Entity is AppUser && tenant.OrganizationId is null)
        {
            // Sign-in (no tenant yet) updates lockout counters and security stamps of the user signing in.
            return;
        }

        if (entry.Entity is ITenantOwned)
        {
            var current = tenant.OrganizationId
                ?? throw new TenantViolationException($"Cannot change a {entry.Metadata.ClrType.Name} without a tenant.");
            if (!Equals(property.OriginalValue, current))
            {
                throw new TenantViolationException($"Cannot change a {entry.Metadata.ClrType.Name} of another organization.");
            }

            return;
        }

        GuardCatalogRow(entry, tenant, property.OriginalValue);
    }

    // Catalog rows (frameworks, requirements, crosswalks) are built in (no organization) or an organization's own.
    // Whether someone may edit built-in rows is an authorization question; here we only refuse another org's rows.
    private static void GuardCatalogRow(EntityEntry entry, ITenantContext tenant, object? organizationId)
    {
        if (tenant.IsSystem || organizationId is null)
        {
            return;
        }

        if (tenant.OrganizationId is not { } current || !Equals(organizationId, current))
        {
            throw new TenantViolationException($"Cannot write a {entry.Metadata.ClrType.Name} of another organization.");
        }
    }

    private static void BumpVersion(EntityEntry entry)
    {
        if (entry.Entity is IVersioned versioned)
        {
            // The original value is what the WHERE clause checks; callers set it to the version the client saw.
            var original = (int)entry.Property(nameof(IVersioned.Version)).OriginalValue!;
            versioned.Version = original + 1;
        }
    }

    private static void StampCreated(EntityEntry entry, DateTimeOffset now)
    {
        SetIfPresent(entry, "CreatedAt", now, onlyWhenDefault: true);
        SetIfPresent(entry, "UpdatedAt", now, onlyWhenDefault: true);
        if (entry.Entity is IVersioned { Version: 0 } versioned)
        {
            versioned.Version = 1;
        }
    }

    private static void SetIfPresent(EntityEntry entry, string name, DateTimeOffset now, bool onlyWhenDefault)
    {
        if (entry.Metadata.FindProperty(name) is not { } property || property.ClrType != typeof(DateTimeOffset))
        {
            return;
        }

        var member = entry.Property(name);
        if (!onlyWhenDefault || (DateTimeOffset)member.CurrentValue! == default)
        {
            member.CurrentValue = now;
        }
    }
}
