using ArvexLab.Graph.Server.Data;
using Npgsql;

namespace ArvexLab.Graph.Server.Tests.Infrastructure;

/// <summary>
/// A database of its own (random name) on the PostgreSQL server named by <c>ARVEX_TEST_POSTGRES</c>, dropped
/// afterwards. Without that variable the tests are skipped, unless <c>ARVEX_REQUIRE_POSTGRES=1</c> makes them fail.
/// Start a local server with <c>export ARVEX_TEST_POSTGRES="$(bash .ci/postgres.sh)"</c>.
/// </summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    public const string ConnectionVariable = "ARVEX_TEST_POSTGRES";
    public const string RequireVariable = "ARVEX_REQUIRE_POSTGRES";

    private readonly string name = "arvex_test_" + Guid.NewGuid().ToString("N");

    /// <summary>Why PostgreSQL tests are skipped, or null when they run (or must run and fail).</summary>
    public static string? SkipReason =>
        ServerConnectionString is null && Environment.GetEnvironmentVariable(RequireVariable) != "1"
            ? $"{ConnectionVariable} is not set: PostgreSQL tests skipped (export {ConnectionVariable}=\"$(bash .ci/postgres.sh)\"; set {RequireVariable}=1 to make this a failure)."
            : null;

    private static string? ServerConnectionString =>
        Environment.GetEnvironmentVariable(ConnectionVariable) is { Length: > 0 } value ? value : null;

    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    public override IReadOnlyDictionary<string, string?> Configuration => new Dictionary<string, string?>
    {
        ["Database:Provider"] = "Postgres",
        ["ConnectionStrings:Postgres"] = new NpgsqlConnectionStringBuilder(RequiredServer()) { Database = name }.ConnectionString,
    };

    protected override async Task CreateDatabaseAsync()
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
    }

    protected override async Task DropDatabaseAsync()
    {
        if (ServerConnectionString is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(AdminConnectionString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    private static string RequiredServer() => ServerConnectionString
        ?? throw new InvalidOperationException($"{RequireVariable}=1 but {ConnectionVariable} is not set: PostgreSQL tests cannot run.");

    private static string AdminConnectionString() =>
        new NpgsqlConnectionStringBuilder(RequiredServer()) { Database = "postgres", Pooling = false }.ConnectionString;
}
