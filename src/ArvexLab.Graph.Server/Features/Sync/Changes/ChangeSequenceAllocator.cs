using System.Data.Common;
using ArvexLab.Graph.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ArvexLab.Graph.Server.Features.Sync.Changes;

/// <summary>
/// Reserves sequence numbers from an organization's counter row inside the current transaction. The UPDATE locks the
/// row (PostgreSQL) or runs under the write lock (SQLite) until commit, so a concurrent writer waits and continues
/// after the last committed number: no interleaving, no gaps, commit order = sequence order.
/// </summary>
internal static class ChangeSequenceAllocator
{
    /// <summary>Adds <paramref name="count"/> to the counter and returns the new last sequence.</summary>
    public static async Task<long> ReserveAsync(DbContext db, long organizationId, int count, bool async, CancellationToken cancellationToken)
    {
        var table = Table(db);
        await ExecuteAsync(db, $"""INSERT INTO "{table}" ("OrganizationId", "LastSequence", "PurgedThrough") VALUES (@org, 0, 0) ON CONFLICT ("OrganizationId") DO NOTHING""",
            organizationId, 0, scalar: false, async, cancellationToken);
        return (long)(await ExecuteAsync(db, $"""UPDATE "{table}" SET "LastSequence" = "LastSequence" + @n WHERE "OrganizationId" = @org RETURNING "LastSequence" """,
            organizationId, count, scalar: true, async, cancellationToken))!;
    }

    private static string Table(DbContext db) => db.Model.FindEntityType(typeof(ChangeCounter))!.GetTableName()!;

    private static async Task<object?> ExecuteAsync(DbContext db, string sql, long organizationId, int count, bool scalar, bool async, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        Add(command, "@org", organizationId);
        Add(command, "@n", (long)count);
        if (async)
        {
            return scalar ? await command.ExecuteScalarAsync(cancellationToken) : await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return scalar ? command.ExecuteScalar() : command.ExecuteNonQuery();
    }

    private static void Add(DbCommand command, string name, long value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
