using System.Linq.Expressions;
using System.Reflection;
using ArvexLab.Graph.Server.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ArvexLab.Graph.Server.Features.Sync.Changes;

/// <summary>
/// Rows a delete changes through its relationships (<c>CASCADE</c> / <c>SET NULL</c>, in the database or by EF) must
/// pass the change tracker, or the feed would not see them. Before a save that deletes a principal of such a
/// relationship, the dependents the feed covers (directly, or further down a cascade) are loaded in the save's
/// transaction and EF applies the delete behavior to them: they become Modified (nulled) or Deleted entries the
/// interceptor records. The one relationship that reaches a covered type (control → its exceptions) is
/// <c>ClientSetNull</c>, so the database itself never nulls a row: an exception committed by another transaction
/// between the load and the delete (PostgreSQL, read committed) makes the save fail with a foreign-key violation
/// instead of changing a row the feed would miss.
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

    // Deleted entries not handled yet, with each cascade of theirs that reaches a covered type.
    private static List<(EntityEntry Entry, IForeignKey ForeignKey)> Work(DbContext db, HashSet<object> visited)
        => [.. db.ChangeTracker.Entries()
            .Where(e => e.State == EntityState.Deleted && visited.Add(e.Entity))
            .SelectMany(e => e.Metadata.GetReferencingForeignKeys()
                .Where(fk => ChangesDependents(fk) && Reaches(fk, []))
                .Select(fk => (e, fk)))];

    private static bool ChangesDependents(IForeignKey foreignKey) =>
        foreignKey.DeleteBehavior is DeleteBehavior.Cascade or DeleteBehavior.SetNull or DeleteBehavior.ClientSetNull or DeleteBehavior.ClientCascade;

    private static bool Reaches(IForeignKey foreignKey, HashSet<IEntityType> seen)
    {
        var dependent = foreignKey.DeclaringEntityType;
        if (ChangeTracking.TryGetType(dependent.ClrType, out _))
        {
            return true;
        }

        // A nulled row changes nothing further; a deleted one may cascade on.
        return foreignKey.DeleteBehavior is DeleteBehavior.Cascade or DeleteBehavior.ClientCascade && seen.Add(dependent)
            && dependent.GetReferencingForeignKeys().Any(fk => ChangesDependents(fk) && Reaches(fk, seen));
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
