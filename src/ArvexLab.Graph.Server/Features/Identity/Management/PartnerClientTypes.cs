using ArvexLab.Graph.Server.Graph;
using GraphQL.Types;

namespace ArvexLab.Graph.Server.Features.Identity.Management;

public sealed class PartnerClientType : ObjectGraphType<PartnerClient>
{
    public PartnerClientType()
    {
        Name = "PartnerClient";
        Description = "A partner system that calls the graph with OAuth client credentials, inside this organization.";
        Field(c => c.ClientId).Description("The OAuth client_id.");
        Field(c => c.Name).Description("Display name.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("scopes")
            .Description("Scopes the client may request (graph:read, graph:write).").Resolve(c => c.Source.Scopes);
    }
}

public sealed class PartnerScopeEnumType : EnumerationGraphType
{
    public PartnerScopeEnumType()
    {
        Name = "PartnerScope";
        Description = "What a partner client may do.";
        Add("GRAPH_READ", AccessMatrix.ReadScope, "Read vendors, evidence and findings.");
        Add("GRAPH_WRITE", AccessMatrix.WriteScope, "Also create vendors, upload evidence and review findings.");
    }
}

/// <summary>The client after the change, its secret when one was just made (shown once), and why nothing changed.</summary>
public sealed record PartnerClientPayload(PartnerClient? Client, IReadOnlyList<UserError> Errors, string? ClientSecret = null);

public sealed class PartnerClientPayloadType : ObjectGraphType<PartnerClientPayload>
{
    public PartnerClientPayloadType()
    {
        Name = "PartnerClientPayload";
        Description = "The partner client after the change, or why nothing changed.";
        Field<PartnerClientType>("client").Description("The client as stored now.").Resolve(c => c.Source.Client);
        Field<StringGraphType>("clientSecret")
            .Description("The new secret, shown this once; only a hash is stored. Null when no secret was made.")
            .Resolve(c => c.Source.ClientSecret);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors").Description("Empty when the change applied.").Resolve(c => c.Source.Errors);
    }
}

public sealed class CreatePartnerClientInputType : InputObjectGraphType
{
    public CreatePartnerClientInputType()
    {
        Name = "CreatePartnerClientInput";
        Description = "A new partner client of the organization.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("Display name, e.g. the partner system's product.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PartnerScopeEnumType>>>>("scopes").Description("Scopes to grant.");
    }
}

public sealed class PartnerClientIdInputType : InputObjectGraphType
{
    public PartnerClientIdInputType()
    {
        Name = "PartnerClientIdInput";
        Description = "Identifies one of the organization's partner clients.";
        Field<NonNullGraphType<StringGraphType>>("clientId").Description("The client's client_id.");
    }
}
