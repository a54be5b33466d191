using System.Linq.Expressions;
using ArvexLab.Graph.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Data;

/// <summary>
/// The one place row-level tenant isolation is declared: every <see cref="ITenantOwned"/> entity sees only
/// the current organization's rows; catalogs (nullable organization) also see the built-in rows.
/// </summary>
internal static class TenantFilters
{
    public static void ApplyTenantFilters(this GraphDbContext db, ModelBuilder modelBuilder)
    {
        foreach (var entityType in modelBuilder.Model.GetEntityTypes())
        {
            var clr = entityType.ClrType;
            if (entityType.IsOwned() || entityType.BaseType is not null)
            {
                continue;
            }

            LambdaExpression? filter = null;
            if (typeof(ITenantOwned).IsAssignableFrom(clr))
            {
                filter = Build(db, clr, nullableOrganization: false);
            }
            else if (clr == typeof(Framework) || clr == typeof(Requirement) || clr == typeof(RequirementMapping))
            {
                filter = Build(db, clr, nullableOrganization: true);
            }

            if (filter is not null)
            {
                modelBuilder.Entity(clr).HasQueryFilter(filter);
            }
        }
    }

    // e => db.BypassTenantFilter || e.OrganizationId == db.CurrentOrganizationId   (or == null for catalogs)
    private static LambdaExpression Build(GraphDbContext db, Type clr, bool nullableOrganization)
    {
        var e = Expression.Parameter(clr, "e");
        var ctx = Expression.Constant(db);
        var bypass = Expression.Property(ctx, nameof(GraphDbContext.BypassTenantFilter));
        var current = Expression.Property(ctx, nameof(GraphDbContext.CurrentOrganizationId));
        var org = Expression.Property(e, "OrganizationId");
        Expression test = nullableOrganization
            ? Expression.OrElse(
                Expression.Equal(org, Expression.Constant(null, typeof(long?))),
                Expression.Equal(org, Expression.Convert(current, typeof(long?))))
            : Expression.Equal(org, current);
        return Expression.Lambda(Expression.OrElse(bypass, test), e);
    }
}
