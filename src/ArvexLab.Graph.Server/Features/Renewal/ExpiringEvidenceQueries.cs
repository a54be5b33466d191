using ArvexLab.Graph.GraphQL.Errors;
using ArvexLab.Graph.Server.Data;
using GraphQL;
using GraphQL.Types;

namespace ArvexLab.Graph.Server.Features.Renewal;

public static class ExpiringEvidenceQueries
{
    public const int MaxWithinDays = 3650;

    public static void AddRenewalQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ExpiringEvidenceType>>>>("expiringEvidence")
            .Description("Current evidence (ISO certificates by expiry date, SOC reports 12 months after their period end) that expires "
                + "within the window, soonest first; already expired evidence is included unless `includeExpired` is false. "
                + "Superseded documents (the vendor has newer evidence of the same kind running out later) and rejected ones are left out.")
            .Argument<IntGraphType>("withinDays", "The window in days from today (UTC), 0 to 3650.", a => a.DefaultValue = 90)
            .Argument<BooleanGraphType>("includeExpired", "Whether evidence that has already expired is listed.", a => a.DefaultValue = true)
            .ResolveAsync(async ctx =>
            {
                var within = ctx.GetArgument<int>("withinDays");
                if (within is < 0 or > MaxWithinDays)
                {
                    throw new GraphError(GraphErrorCodes.BadRequest, $"withinDays must be between 0 and {MaxWithinDays}.");
                }

                var clock = ctx.RequestServices!.GetService<TimeProvider>() ?? TimeProvider.System;
                var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
                await using var db = ctx.RequestServices!.GetRequiredService<IGraphDbContextFactory>().Create();
                var found = await EvidenceExpiry.FindAsync(db.EvidenceDocuments, today, today.AddDays(within), ctx.CancellationToken);
                return ctx.GetArgument<bool>("includeExpired") ? found : found.Where(f => !f.Expired).ToList();
            });
    }
}
