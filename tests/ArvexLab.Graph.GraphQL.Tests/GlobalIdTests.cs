using ArvexLab.Graph.GraphQL.Errors;
using ArvexLab.Graph.GraphQL.Relay;

namespace ArvexLab.Graph.GraphQL.Tests;

public sealed class GlobalIdTests
{
    [Fact]
    public void An_id_round_trips_its_type_and_key()
    {
        var id = GlobalId.Encode("Vendor", 42);
        Assert.Equal(("Vendor", 42L), GlobalId.Decode(id));
        Assert.Equal(42L, GlobalId.Decode(id, "Vendor"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("%%%")]
    [InlineData("VmVuZG9y")] // "Vendor" without a key
    [InlineData("VmVuZG9yOi0x")] // "Vendor:-1"
    public void Malformed_ids_are_INVALID_ID(string id)
    {
        var error = Assert.Throws<GraphError>(() => GlobalId.Decode(id));
        Assert.Equal(GraphErrorCodes.InvalidId, error.Code);
    }

    [Fact]
    public void An_id_of_another_type_is_INVALID_ID()
    {
        var error = Assert.Throws<GraphError>(() => GlobalId.Decode(GlobalId.Encode("Control", 1), "Vendor"));
        Assert.Equal(GraphErrorCodes.InvalidId, error.Code);
    }
}
