using System.Text.RegularExpressions;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Identity;
using ArvexLab.Graph.Server.Tests.Infrastructure;

namespace ArvexLab.Graph.Server.Tests.Access;

public sealed partial class AccessMatrixDocumentationTests
{
    [Fact]
    public void The_matrix_in_the_identity_readme_is_the_one_the_code_enforces()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "src/ArvexLab.Graph.Server/Features/Identity/README.md"));
        var rows = MatrixRow().Matches(readme).ToDictionary(m => m.Groups["policy"].Value, m => m.Groups["cells"].Value.Split('|')[..6].Select(c => c.Trim() == "✓").ToArray());
        Assert.Equal(AccessMatrix.Policies.Keys.Order(StringComparer.Ordinal), rows.Keys.Order(StringComparer.Ordinal));
        foreach (var (policy, grant) in AccessMatrix.Policies)
        {
            bool[] expected =
            [
                grant.Roles.Contains(OrganizationRole.Admin), grant.Roles.Contains(OrganizationRole.Reviewer), grant.Roles.Contains(OrganizationRole.Viewer),
                grant.PlatformAdmin, grant.Scopes.Contains(AccessMatrix.ReadScope), grant.Scopes.Contains(AccessMatrix.WriteScope),
            ];
            Assert.True(expected.SequenceEqual(rows[policy]), $"README row for {policy} differs from AccessMatrix.Policies");
        }
    }

    // | `graph:read` — read … | ✓ | ✓ | … |
    [GeneratedRegex(@"^\| `(?<policy>[a-z:]+)` —[^|]*\|(?<cells>(?:[^|\n]*\|){6})\s*$", RegexOptions.Multiline)]
    private static partial Regex MatrixRow();
}
