using GraphQL;
using GraphQL.Types;

namespace ArvexLab.Graph.GraphQL.Tests.Authorization;

/// <summary>
/// A tiny schema with every kind of protected element: a field needing a user, a type behind a policy,
/// a role-only field, an input field behind a policy, an interface implementation behind a policy, a
/// type with an anonymous field, and a mutation type behind a policy (which counts its executions).
/// </summary>
public sealed class AuthorizationTestSchema : Schema
{
    public const string SecretPolicy = "secret";
    public const string InternalPolicy = "internal";
    public const string DogsPolicy = "dogs";
    public const string WritePolicy = "write";

    public int Writes { get; private set; }

    public AuthorizationTestSchema()
    {
        var query = new ObjectGraphType { Name = "Query" };
        query.Field<StringGraphType>("open").Resolve(_ => "open");
        query.Field<StringGraphType>("me").Authorize().Resolve(_ => "me");
        query.Field<StringGraphType>("adminOnly").AuthorizeWithRoles("ADMIN", "OWNER").Resolve(_ => "admin");
        query.Field<SecretType>("secret").Resolve(_ => new object());
        query.Field<StringGraphType>("search")
            .Argument<SearchFilterType>("filter")
            .Resolve(_ => "found");
        query.Field<PetInterface>("pet").Resolve(_ => new Dog());
        query.Field<CatalogType>("catalog").Resolve(_ => new object());
        Query = query;

        var mutation = new ObjectGraphType { Name = "Mutation" };
        mutation.AuthorizeWithPolicy(WritePolicy);
        mutation.Field<StringGraphType>("write").Resolve(_ => { Writes++; return "written"; });
        Mutation = mutation;

        RegisterType(new DogType());
    }

    public sealed class Dog
    {
        public string Name => "Rex";
    }

    private sealed class SecretType : ObjectGraphType
    {
        public SecretType()
        {
            Name = "Secret";
            this.AuthorizeWithPolicy(SecretPolicy);
            Field<StringGraphType>("value").Resolve(_ => "classified");
        }
    }

    private sealed class SearchFilterType : InputObjectGraphType
    {
        public SearchFilterType()
        {
            Name = "SearchFilter";
            Field<StringGraphType>("text");
            Field<BooleanGraphType>("internalOnly").AuthorizeWithPolicy(InternalPolicy);
        }
    }

    private sealed class PetInterface : InterfaceGraphType
    {
        public PetInterface()
        {
            Name = "Pet";
            Field<StringGraphType>("name");
        }
    }

    private sealed class DogType : ObjectGraphType<Dog>
    {
        public DogType()
        {
            Name = "Dog";
            this.AuthorizeWithPolicy(DogsPolicy);
            Field(d => d.Name);
            Interface<PetInterface>();
            IsTypeOf = o => o is Dog;
        }
    }

    private sealed class CatalogType : ObjectGraphType
    {
        public CatalogType()
        {
            Name = "Catalog";
            this.Authorize();
            Field<StringGraphType>("name").AllowAnonymous().Resolve(_ => "public catalog");
            Field<StringGraphType>("price").Resolve(_ => "42");
        }
    }
}
