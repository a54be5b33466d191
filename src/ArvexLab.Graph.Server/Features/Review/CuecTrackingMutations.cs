using ArvexLab.Graph.Server.Data.Configurations;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Audit;
using ArvexLab.Graph.Server.Features.Identity;
using ArvexLab.Graph.Server.Graph;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using static ArvexLab.Graph.Server.Features.Review.ReviewUnitOfWork;

namespace ArvexLab.Graph.Server.Features.Review;

/// <summary>updateCuec: the organization tracks its CUECs as a to-do list (owner, status, due date), apart from their review.</summary>
public static class CuecTrackingMutations
{
    public static void AddCuecTrackingMutations(this ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<CuecPayloadType>>("updateCuec")
            .Description("Changes who owns a CUEC, its progress or due date. A stale version is a CONFLICT; every change is audited.")
            .Argument<NonNullGraphType<UpdateCuecInputType>>("input", "The changes.")
            .AuthorizeWithPolicy(GraphPolicies.Review)
            .ResolveAsync(async ctx => await UpdateAsync(ctx));

    private static async Task<FindingPayload<Cuec>> UpdateAsync(IResolveFieldContext ctx)
    {
        var input = Input(ctx);
        var owner = input.GetValueOrDefault("owner") as string;
        owner = string.IsNullOrWhiteSpace(owner) ? null : owner.Trim();
        if (owner is { Length: > Lengths.Person })
        {
            return new FindingPayload<Cuec>(null, [new UserError(UserErrorCodes.Validation, $"At most {Lengths.Person} characters.", "owner")]);
        }

        await using var db = Db(ctx);
        var (cuec, current, error) = await FindForChangeAsync<Cuec>(db, input, "CUEC", ctx.CancellationToken);
        if (cuec is null)
        {
            return new FindingPayload<Cuec>(current, [error!]);
        }

        var before = Tracking(cuec);
        cuec.Owner = input.ContainsKey("owner") ? owner : cuec.Owner;
        cuec.Status = input.GetValueOrDefault("status") as CuecStatus? ?? cuec.Status;
        cuec.DueDate = input.ContainsKey("dueDate") ? input["dueDate"] as DateOnly? : cuec.DueDate;
        var vendorId = await db.EvidenceDocuments.Where(d => d.Id == cuec.DocumentId).Select(d => d.VendorId).SingleAsync(ctx.CancellationToken);
        db.Record(Actor.Of(ctx), "UPDATED", nameof(Cuec), cuec.Id, before, Tracking(cuec), vendorId: vendorId, documentId: cuec.DocumentId);
        var (saved, fresh) = await SaveAsync<Cuec>(ctx, db, cuec.Id);
        return saved ? new FindingPayload<Cuec>(cuec, []) : new FindingPayload<Cuec>(fresh, [Conflict("CUEC")]);
    }

    private static object Tracking(Cuec c) => new { c.Owner, Status = c.Status.ToString(), c.DueDate };
}
