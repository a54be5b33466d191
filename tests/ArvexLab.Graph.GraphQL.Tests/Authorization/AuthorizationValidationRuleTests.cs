using System.Security.Claims;
using ArvexLab.Graph.GraphQL.Authorization;
using GraphQL;
using GraphQL.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace ArvexLab.Graph.GraphQL.Tests.Authorization;

public sealed class AuthorizationValidationRuleTests
{
    private const string Forbidden = AuthorizationErrorCodes.Forbidden;
    private const string Unauthenticated = AuthorizationErrorCodes.Unauthenticated;

    private static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());

    private readonly AuthorizationTestSchema schema = new();

    [Fact]
    public async Task Unprotected_field_is_open_to_anonymous_callers()
    {
        var result = await RunAsync("{ open }", Anonymous);

        AssertAllowed(result);
        Assert.NotNull(result.Data);
    }

    [Fact]
    public async Task Field_needing_a_user_is_UNAUTHENTICATED_for_anonymous_callers()
    {
        AssertRefused(await RunAsync("{ me }", Anonymous), Unauthenticated);
        AssertAllowed(await RunAsync("{ me }", User()));
    }

    [Fact]
    public async Task Type_behind_a_policy_is_FORBIDDEN_without_it_and_open_with_it()
    {
        AssertRefused(await RunAsync("{ secret { value } }", User()), Forbidden);
        AssertAllowed(await RunAsync("{ secret { value } }", User(AuthorizationTestSchema.SecretPolicy)));
    }

    [Fact]
    public async Task Type_behind_a_policy_is_UNAUTHENTICATED_for_anonymous_callers()
    {
        AssertRefused(await RunAsync("{ secret { value } }", Anonymous), Unauthenticated);
    }

    [Fact]
    public async Task Forbidden_selection_inside_a_named_fragment_is_found()
    {
        const string query = "query { ...Outer } fragment Outer on Query { ...Inner } fragment Inner on Query { secret { value } }";

        AssertRefused(await RunAsync(query, User()), Forbidden);
    }

    [Fact]
    public async Task Forbidden_type_reached_through_an_inline_fragment_is_found()
    {
        AssertRefused(await RunAsync("{ pet { ... on Dog { name } } }", User()), Forbidden);
        AssertAllowed(await RunAsync("{ pet { ... on Dog { name } } }", User(AuthorizationTestSchema.DogsPolicy)));
    }

    [Fact]
    public async Task Selecting_only_typename_of_a_protected_type_is_allowed()
    {
        AssertAllowed(await RunAsync("{ secret { __typename } }", User()));
    }

    [Fact]
    public async Task Skipped_selection_is_not_checked_and_included_one_is()
    {
        const string query = "query($skip: Boolean!) { open secret @skip(if: $skip) { value } }";

        AssertAllowed(await RunAsync(query, User(), new Dictionary<string, object?> { ["skip"] = true }));
        AssertRefused(await RunAsync(query, User(), new Dictionary<string, object?> { ["skip"] = false }), Forbidden);
        AssertAllowed(await RunAsync("{ open secret @include(if: false) { value } }", User()));
    }

    [Fact]
    public async Task Protected_input_field_set_in_a_literal_is_FORBIDDEN()
    {
        AssertAllowed(await RunAsync("{ search(filter: { text: \"x\" }) }", User()));
        AssertRefused(await RunAsync("{ search(filter: { internalOnly: true }) }", User()), Forbidden);
        AssertAllowed(await RunAsync("{ search(filter: { internalOnly: true }) }", User(AuthorizationTestSchema.InternalPolicy)));
    }

    [Fact]
    public async Task Protected_input_field_set_in_a_variable_is_FORBIDDEN()
    {
        const string query = "query($f: SearchFilter) { search(filter: $f) }";

        AssertAllowed(await RunAsync(query, User(), new Dictionary<string, object?> { ["f"] = new Dictionary<string, object?> { ["text"] = "x" } }));
        AssertRefused(await RunAsync(query, User(), new Dictionary<string, object?> { ["f"] = new Dictionary<string, object?> { ["internalOnly"] = true } }), Forbidden);
    }

    [Fact]
    public async Task Role_restricted_field_needs_one_of_its_roles()
    {
        AssertRefused(await RunAsync("{ adminOnly }", User(roles: "VIEWER")), Forbidden);
        AssertAllowed(await RunAsync("{ adminOnly }", User(roles: "OWNER")));
    }

    [Fact]
    public async Task Refused_mutation_does_not_execute()
    {
        var refused = await RunAsync("mutation { write }", User());

        AssertRefused(refused, Forbidden);
        Assert.Equal(0, schema.Writes);

        AssertAllowed(await RunAsync("mutation { write }", User(AuthorizationTestSchema.WritePolicy)));
        Assert.Equal(1, schema.Writes);
    }

    [Fact]
    public async Task Anonymous_field_of_a_protected_type_is_open_but_its_other_fields_are_not()
    {
        AssertAllowed(await RunAsync("{ catalog { name } }", Anonymous));
        AssertRefused(await RunAsync("{ catalog { name price } }", Anonymous), Unauthenticated);
    }

    [Fact]
    public async Task Only_the_executed_operation_is_checked()
    {
        const string document = "query Open { open } query Secret { secret { value } }";

        AssertAllowed(await RunAsync(document, User(), operationName: "Open"));
        AssertRefused(await RunAsync(document, User(), operationName: "Secret"), Forbidden);
    }

    [Fact]
    public async Task Every_forbidden_element_is_reported_once()
    {
        var result = await RunAsync("{ secret { value } again: secret { value } pet { ... on Dog { name } } }", User());

        Assert.Equal(2, result.Errors!.Count);
        Assert.All(result.Errors, e => Assert.Equal(Forbidden, e.Code));
    }

    private async Task<ExecutionResult> RunAsync(string query, ClaimsPrincipal user,
        Dictionary<string, object?>? variables = null, string? operationName = null)
    {
        var services = new ServiceCollection().AddLogging().AddAuthorization(options =>
        {
            foreach (var policy in new[]
                     {
                         AuthorizationTestSchema.SecretPolicy, AuthorizationTestSchema.InternalPolicy,
                         AuthorizationTestSchema.DogsPolicy, AuthorizationTestSchema.WritePolicy,
                     })
            {
                options.AddPolicy(policy, p => p.RequireClaim("permission", policy));
            }
        }).BuildServiceProvider();

        return await new DocumentExecuter().ExecuteAsync(new ExecutionOptions
        {
            Schema = schema,
            Query = query,
            OperationName = operationName,
            Variables = variables?.ToInputs(),
            User = user,
            RequestServices = services,
            ValidationRules = DocumentValidator.CoreRules.Append(new AuthorizationValidationRule()),
        });
    }

    private static ClaimsPrincipal User(string? permission = null, string? roles = null)
    {
        var claims = new List<Claim> { new("sub", "user-1") };
        if (permission is not null)
        {
            claims.Add(new Claim("permission", permission));
        }

        if (roles is not null)
        {
            claims.Add(new Claim(ClaimTypes.Role, roles));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType: "test"));
    }

    private static void AssertAllowed(ExecutionResult result) =>
        Assert.True(result.Errors is null || result.Errors.Count == 0,
            "Unexpected errors: " + string.Join("; ", result.Errors?.Select(e => $"{e.Code}: {e.Message}") ?? []));

    private static void AssertRefused(ExecutionResult result, string code)
    {
        Assert.NotNull(result.Errors);
        Assert.NotEmpty(result.Errors);
        Assert.All(result.Errors, e => Assert.Equal(code, e.Code));
        Assert.Null(result.Data);
    }
}
