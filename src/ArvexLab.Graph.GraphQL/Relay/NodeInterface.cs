using GraphQL.Types;

namespace ArvexLab.Graph.GraphQL.Relay;

/// <summary>The Relay <c>Node</c> interface: every object that can be fetched again by its ID.</summary>
public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with a globally unique ID that `node(id:)` can fetch again.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The object's globally unique, opaque ID.");
    }
}
