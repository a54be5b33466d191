using System.Linq.Expressions;
using ArvexLab.Graph.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Data;

/// <summary>
/// The one place row-level tenant isolation is declared: every <see cref="ITenantOwned"/> entity sees only
/// the current organization's rows; catalogs (nullable organization) also see the built-in rows.
/// Users are the one exception: with no tenant at all (an anonymous sign-in or token request) every user is
/// visible, because ASP.NET Core Identity and OpenIddict must find a user by name or id before there is a
/// tenant; as soon as a request has a tenant it sees only its own organization's users. Organizations follow
/// the same rule: a tenant sees its own organization row and no other.
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
            if (clr == typeof(AppUser))
            {
                filter = BuildForUsers(db);
            }
            else if (clr == typeof(Organization))
            {
                filter = BuildForOrganizations(db);
            }
            else if (typeof(ITenantOwned).IsAssignableFrom(clr))
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

    // u => db.BypassTenantFilter || db.HasNoTenant || u.OrganizationId == db.CurrentOrganizationId
    private static LambdaExpression BuildForUsers(GraphDbContext db)
    {
        var strict = Build(db, typeof(AppUser), nullableOrganization: false);
        var noTenant = Expression.Property(Expression.Constant(db), nameof(GraphDbContext.HasNoTenant));
        return Expression.Lambda(Expression.OrElse(noTenant, strict.Body), strict.Parameters);
    }

    // o => db.BypassTenantFilter || db.HasNoTenant || o.Id == db.CurrentOrganizationId
    private static LambdaExpression BuildForOrganizations(GraphDbContext db)
    {
        var o = Expression.Parameter(typeof(Organization), "o");
        var ctx = Expression.Constant(db);
        var open = Expression.OrElse(
            Expression.Property(ctx, nameof(GraphDbContext.BypassTenantFilter)),
            Expression.Property(ctx, nameof(GraphDbContext.HasNoTenant)));
        var own = Expression.Equal(Expression.Property(o, nameof(Organization.Id)), Expression.Property(ctx, nameof(GraphDbContext.CurrentOrganizationId)));
        return Expression.Lambda(Expression.OrElse(open, own), o);
    }
}
