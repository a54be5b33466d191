using System.Linq.Expressions;
using System.Reflection;
using ArvexLab.Graph.Server.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ArvexLab.Graph.Server.Features.Sync.Changes;

/// <summary>
/// Rows the database changes by itself (<c>ON DELETE CASCADE</c> / <c>SET NULL</c>) never pass the change tracker,
/// so the feed would not see them. Before a save that deletes a principal of such a relationship, the dependents
/// the feed covers (directly, or further down a cascade) are loaded and EF applies the delete behavior to them:
/// they become Modified (nulled) or Deleted entries the interceptor records, and EF writes what the database would
/// have written. The load runs in the save's transaction; on SQLite that transaction holds the write lock, so nothing
/// can slip in between. On PostgreSQL (read committed) a dependent committed by another transaction between the load
/// and the delete would still be changed by the database alone; today the only such relationship (control → its
/// exceptions) is written by one document's import or review at a time.
/// </summary>
internal static class DatabaseCascades
{
    private static readonly MethodInfo LoadMethod = typeof(DatabaseCascades).GetMethod(nameof(LoadAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>Whether the save about to run deletes a principal whose database cascade reaches a covered entity.</summary>
    public static bool Pending(DbContext db) => Work(db, new HashSet<object>(ReferenceEqualityComparer.Instance)).Count > 0;

    /// <summary>Loads and cascades to the covered dependents; call inside the transaction of the save.</summary>
    public static async Task TrackAsync(DbContext db, bool async, CancellationToken cancellationToken)
    {
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        for (var work = Work(db, visited); work.Count > 0; work = Work(db, visited))
        {
            foreach (var (entry, foreignKey) in work)
            {
                var key = foreignKey.PrincipalKey.Properties.Select(p => entry.Property(p.Name).OriginalValue).ToArray();
                var load = (Task)LoadMethod.MakeGenericMethod(foreignKey.DeclaringEntityType.ClrType)
                    .Invoke(null, [db, foreignKey, key, async, cancellationToken])!;
                await load;
            }

            db.ChangeTracker.CascadeChanges();
        }

        if (db is GraphDbContext graph)
        {
            // The save's stamps ran before the interceptor: version and timestamp the rows the cascade just changed.
            WriteStamps.Apply(graph);
        }
    }

    // Deleted entries not handled yet, with each database-side cascade of theirs that reaches a covered type.
    private static List<(EntityEntry Entry, IForeignKey ForeignKey)> Work(DbContext db, HashSet<object> visited)
        => [.. db.ChangeTracker.Entries()
            .Where(e => e.State == EntityState.Deleted && visited.Add(e.Entity))
            .SelectMany(e => e.Metadata.GetReferencingForeignKeys()
                .Where(fk => InDatabase(fk) && Reaches(fk, []))
                .Select(fk => (e, fk)))];

    private static bool InDatabase(IForeignKey foreignKey) => foreignKey.DeleteBehavior is DeleteBehavior.Cascade or DeleteBehavior.SetNull;

    private static bool Reaches(IForeignKey foreignKey, HashSet<IEntityType> seen)
    {
        var dependent = foreignKey.DeclaringEntityType;
        if (ChangeTracking.TryGetType(dependent.ClrType, out _))
        {
            return true;
        }

        // A nulled row changes nothing further; a deleted one may cascade on.
        return foreignKey.DeleteBehavior == DeleteBehavior.Cascade && seen.Add(dependent)
            && dependent.GetReferencingForeignKeys().Any(fk => InDatabase(fk) && Reaches(fk, seen));
    }

    private static async Task LoadAsync<T>(DbContext db, IForeignKey foreignKey, object?[] key, bool async, CancellationToken cancellationToken)
        where T : class
    {
        var entity = Expression.Parameter(typeof(T), "e");
        var holder = Expression.Constant(new KeyValues(key));
        var match = foreignKey.Properties
            .Select((property, i) => (Expression)Expression.Equal(
                Expression.Call(typeof(EF), nameof(EF.Property), [property.ClrType], entity, Expression.Constant(property.Name)),
                Expression.Convert(Expression.ArrayIndex(Expression.Property(holder, nameof(KeyValues.Values)), Expression.Constant(i)), property.ClrType)))
            .Aggregate(Expression.AndAlso);
        // Tenant filters stay on: the principal is the context's own (the write guard checks it), so are its dependents.
        var query = db.Set<T>().Where(Expression.Lambda<Func<T, bool>>(match, entity));
        if (async)
        {
            await query.LoadAsync(cancellationToken);
        }
        else
        {
            query.Load();
        }
    }

    // Read through a member access, so EF sends the key as a parameter and caches one query shape.
    private sealed class KeyValues(object?[] values)
    {
        public object?[] Values { get; } = values;
    }
}
