using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Data.Interceptors;
using ArvexLab.Graph.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Tests.Data;

public sealed class SqliteConnectionTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    [Fact]
    public async Task The_database_is_a_file_in_the_data_directory_with_wal_busy_timeout_and_foreign_keys()
    {
        Assert.True(File.Exists(Path.Combine(database.DataDirectory, "arvexlab.db")));
        await using var db = database.CreateSystemContext();
        await db.Database.OpenConnectionAsync();

        Assert.Equal("wal", await PragmaAsync(db, "journal_mode"));
        Assert.Equal(SqliteConnectionPragmas.BusyTimeoutMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture), await PragmaAsync(db, "busy_timeout"));
        Assert.Equal("1", await PragmaAsync(db, "foreign_keys"));
    }

    [Fact]
    public async Task Twenty_concurrent_writers_all_succeed_without_database_is_locked()
    {
        var orgs = await TwoOrganizations.SeedAsync(database);
        await Task.WhenAll(Enumerable.Range(0, 20).Select(async i =>
        {
            await using var db = database.CreateContext(TestTenant.Of(orgs.A));
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Vendors.Add(new Vendor { Name = $"Concurrent {i} {orgs.Suffix}" });
            await db.SaveChangesAsync();
            db.ReviewEvents.Add(new ReviewEvent { EntityType = "Vendor", EntityId = i, Action = "CREATED", Actor = "test" });
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }));

        await using var check = database.CreateContext(TestTenant.Of(orgs.A));
        Assert.Equal(20, await check.Vendors.CountAsync(v => v.Name.StartsWith("Concurrent ")));
    }

    [Fact]
    public async Task A_missing_parent_is_refused_by_the_foreign_key()
    {
        var orgs = await TwoOrganizations.SeedAsync(database);
        await using var db = database.CreateContext(TestTenant.Of(orgs.A));
        db.EvidenceDocuments.Add(new EvidenceDocument { VendorId = 999_999, Title = "t", FileName = "f.pdf", Sha256 = new string('0', 64) });
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    private static async Task<string> PragmaAsync(DbContext db, string name)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}
