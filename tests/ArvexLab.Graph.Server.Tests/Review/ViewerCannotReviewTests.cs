using System.Text.Json;
using ArvexLab.Graph.Server.Tests.Identity;

namespace ArvexLab.Graph.Server.Tests.Review;

/// <summary>Signed-in users review by role: viewers are refused, reviewers may decide (demo organization, real code flow).</summary>
public sealed class ViewerCannotReviewTests(IdentityTestHost host) : IClassFixture<IdentityTestHost>
{
    private readonly OAuthTestClient oauth = new(host);

    [Theory]
    [InlineData("viewer@demo.arvexlab.test", "FORBIDDEN")]
    [InlineData("reviewer@demo.arvexlab.test", null)]
    public async Task Only_reviewers_and_admins_may_decide_on_a_finding(string email, string? expectedCode)
    {
        var token = await oauth.UserAccessTokenAsync(email, IdentityTestHost.DemoPassword);
        var (_, list) = await oauth.GraphQLAsync(token, "{ cuecs(first: 1, where: { reviewState: { eq: PENDING } }) { nodes { id version } } }");
        var cuec = list.GetProperty("data").GetProperty("cuecs").GetProperty("nodes")[0];

        var (_, body) = await oauth.GraphQLAsync(token,
            "mutation($input: ReviewCuecInput!) { reviewCuec(input: $input) { cuec { reviewState } errors { code } } }",
            new { input = new { id = cuec.GetProperty("id").GetString(), version = cuec.GetProperty("version").GetInt32(), decision = "CONFIRM" } });

        var codes = body.TryGetProperty("errors", out var errors)
            ? errors.EnumerateArray().Select(e => e.GetProperty("extensions").GetProperty("code").GetString()).ToList()
            : [];
        Assert.Equal(expectedCode is null ? [] : [expectedCode], codes);
        if (expectedCode is null)
        {
            Assert.Equal("CONFIRMED", body.GetProperty("data").GetProperty("reviewCuec").GetProperty("cuec").GetProperty("reviewState").GetString());
        }
        else
        {
            Assert.False(body.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object);
        }
    }
}
