using System.Globalization;
using ArvexLab.Graph.GraphQL.Relay;
using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Data.Configurations;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Posture;
using ArvexLab.Graph.Server.Graph;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Features.Review;

/// <summary>
/// The steps every review mutation shares: a context for the caller's organization (so another tenant's ID is
/// simply not found), loading with the version the client read pinned as the concurrency token, and saving
/// the change with its audit events in one SaveChanges, turning a lost race into CONFLICT.
/// </summary>
internal static class ReviewUnitOfWork
{
    public static GraphDbContext Db(IResolveFieldContext ctx) =>
        ctx.RequestServices!.GetRequiredService<IGraphDbContextFactory>().Create();

    public static Dictionary<string, object?> Input(IResolveFieldContext ctx) => ctx.GetArgument<Dictionary<string, object?>>("input");

    public static int Version(Dictionary<string, object?> input) => Convert.ToInt32(input["version"], CultureInfo.InvariantCulture);

    public static UserError NotFound(string noun, string field = "id") =>
        new(UserErrorCodes.NotFound, $"No {noun} has this ID.", field);

    public static UserError Conflict(string noun) => new(UserErrorCodes.Conflict,
        $"The {noun} was changed by someone else; reload it and apply your decision again.", "version");

    /// <summary>The trimmed comment, or a VALIDATION error when it is too long (or missing but required).</summary>
    public static (string? Comment, UserError? Error) Comment(Dictionary<string, object?> input, bool required = false)
    {
        var text = input.GetValueOrDefault("comment") as string;
        text = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        return text switch
        {
            null when required => (null, new UserError(UserErrorCodes.Validation, "A comment is required.", "comment")),
            { Length: > Lengths.Notes } => (null, new UserError(UserErrorCodes.Validation, $"At most {Lengths.Notes} characters.", "comment")),
            _ => (text, null),
        };
    }

    /// <summary>
    /// Loads the entity named by the input's id and version. Returns it tracked, with the client's version as the
    /// original value (so a concurrent change fails the save), or null with the current state and the error.
    /// </summary>
    public static async Task<(T? Item, T? Current, UserError? Error)> FindForChangeAsync<T>(
        GraphDbContext db, Dictionary<string, object?> input, string noun, CancellationToken ct)
        where T : class, IVersioned
    {
        var id = GlobalId.Decode((string)input["id"]!, typeof(T).Name);
        var version = Version(input);
        var item = await db.Set<T>().FirstOrDefaultAsync(e => EF.Property<long>(e, "Id") == id, ct);
        if (item is null)
        {
            return (null, null, NotFound(noun));
        }

        if (item.Version != version)
        {
            return (null, item, Conflict(noun));
        }

        db.Entry(item).Property(nameof(IVersioned.Version)).OriginalValue = version;
        return (item, null, null);
    }

    /// <summary>Saves; on a lost race returns the row as another writer left it (read afresh), else null.</summary>
    public static async Task<(bool Saved, T? Current)> SaveAsync<T>(IResolveFieldContext ctx, GraphDbContext db, long id)
        where T : class
    {
        try
        {
            await SaveMarkingPostureStaleAsync(db, ctx.CancellationToken);
            return (true, null);
        }
        catch (DbUpdateConcurrencyException)
        {
            await using var fresh = Db(ctx);
            var current = await fresh.Set<T>().AsNoTracking().FirstOrDefaultAsync(e => EF.Property<long>(e, "Id") == id, ctx.CancellationToken);
            return (false, current);
        }
    }

    /// <summary>
    /// Saves, then marks stale the posture of every vendor the saved audit events name: a review decision can
    /// change a vendor's flags (a rejected exception, a corrected expiry date), and the refresh worker recomputes it.
    /// </summary>
    public static async Task SaveMarkingPostureStaleAsync(GraphDbContext db, CancellationToken ct)
    {
        var vendors = db.ChangeTracker.Entries<ReviewEvent>()
            .Where(e => e.State == EntityState.Added && e.Entity.VendorId is not null)
            .Select(e => e.Entity.VendorId!.Value).Distinct().ToList();
        await db.SaveChangesAsync(ct);
        foreach (var vendor in vendors)
        {
            await PostureStaleness.MarkAsync(db, vendor, ct);
        }
    }
}
