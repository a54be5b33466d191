using System.Globalization;
using ArvexLab.Graph.GraphQL.Relay;
using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Graph;
using GraphQL;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ArvexLab.Graph.Server.Features.Frameworks.Admin;

/// <summary>What every catalog mutation does the same way: reading the input, pinning versions, saving.</summary>
internal static class CatalogEdits
{
    public static GraphDbContext Db(IResolveFieldContext context)
        => context.RequestServices!.GetRequiredService<IGraphDbContextFactory>().Create();

    public static Dictionary<string, object?> Input(IResolveFieldContext context)
        => context.GetArgument<Dictionary<string, object?>>("input");

    public static long Id(Dictionary<string, object?> input, string field, string typeName)
        => GlobalId.Decode((string)input[field]!, typeName);

    public static long? OptionalId(Dictionary<string, object?> input, string field, string typeName)
        => input.GetValueOrDefault(field) is string id ? GlobalId.Decode(id, typeName) : null;

    public static string? Text(Dictionary<string, object?> input, string field)
        => input.GetValueOrDefault(field) is string text && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;

    /// <summary>
    /// Checks the revision the client read and pins it as the row's original version, so a change committed by
    /// someone else in between fails the save's WHERE clause (CONFLICT) instead of being overwritten.
    /// </summary>
    public static UserError? Pin<T>(GraphDbContext db, T row, Dictionary<string, object?> input, string what) where T : class, IVersioned
    {
        var revision = Convert.ToInt32(input["revision"], CultureInfo.InvariantCulture);
        if (row.Version != revision)
        {
            return Conflict(what);
        }

        db.Entry(row).Property(r => r.Version).OriginalValue = revision;
        return null;
    }

    /// <summary>Saves; a lost race comes back as CONFLICT, DUPLICATE or IN_USE rather than as an exception.</summary>
    public static async Task<UserError?> SaveAsync(GraphDbContext db, string what, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflict(what);
        }
        catch (DbUpdateException e) when (IsUniqueViolation(e))
        {
            return new UserError(UserErrorCodes.Duplicate, $"The {what} was just added by someone else.");
        }
        catch (DbUpdateException e) when (IsForeignKeyViolation(e))
        {
            return new UserError(UserErrorCodes.InUse, $"The {what} is referenced by data added meanwhile; nothing was changed.");
        }
    }

    public static UserError NotFound(string what, string field = "id") => new(UserErrorCodes.NotFound, $"No {what} has this ID.", field);

    public static UserError Conflict(string what) => new(UserErrorCodes.Conflict,
        $"The {what} was changed by someone else; reload it and apply your change again.", "revision");

    public static bool IsUniqueViolation(DbUpdateException e) => e.InnerException switch
    {
        SqliteException s => s.SqliteExtendedErrorCode is 2067 or 1555,
        PostgresException p => p.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };

    private static bool IsForeignKeyViolation(DbUpdateException e) => e.InnerException switch
    {
        SqliteException s => s.SqliteExtendedErrorCode == 787,
        PostgresException p => p.SqlState == PostgresErrorCodes.ForeignKeyViolation,
        _ => false,
    };
}
