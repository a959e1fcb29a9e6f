using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Xunit;

namespace Chile1973.Graph.Web.Tests.Architecture;

/// <summary>
/// The rules between the parts, read from the compiled assemblies (this project sees every part): Core knows no
/// engine and no ASP.NET, the two engines never know each other, and the CLI, the web app and the stories reach
/// the embedded engine only for its composition and its language tools, never its store, planner or executor.
/// </summary>
public sealed class DependencyRulesTests
{
    private const string Core = "Chile1973.Graph.Core";
    private const string Cypher = "Chile1973.Graph.Cypher";
    private const string Neo4j = "Chile1973.Graph.Neo4j";

    /// <summary>What a part composing the embedded engine may name of it: the engine and its options, the parser, the read-only check.</summary>
    private static readonly string[] CypherSurface = [Cypher, $"{Cypher}.Syntax", $"{Cypher}.ReadOnly"];

    /// <summary>What a part composing the Neo4j engine may name of it: the engine, its options and registration.</summary>
    private static readonly string[] Neo4jSurface = [Neo4j];

    /// <summary>What the CLI's Neo4j loader may name besides: the transactions it writes in.</summary>
    private static readonly string[] LoaderNeo4jSurface = [Neo4j, $"{Neo4j}.Transactions"];

    [Fact]
    public void Core_references_no_engine_and_no_ASP_NET() =>
        Assert.DoesNotContain(References(Core), r => r is Cypher or Neo4j || r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));

    [Theory]
    [InlineData(Cypher, Neo4j)]
    [InlineData(Neo4j, Cypher)]
    public void An_engine_never_references_the_other(string engine, string other) =>
        Assert.DoesNotContain(other, References(engine));

    [Theory]
    [InlineData("Chile1973.Graph.Web")]
    [InlineData("Chile1973.Graph.Importer")]
    [InlineData("Chile1973.Graph.Stories")]
    public void A_part_names_of_the_embedded_engine_only_its_composition_and_language_tools(string part)
    {
        var named = TypesNamed(part, Cypher);
        Assert.NotEmpty(named);
        Assert.All(named, type => Assert.Contains(Namespace(type), CypherSurface));
    }

    [Fact]
    public void The_web_app_names_of_the_Neo4j_engine_only_its_composition()
    {
        var named = TypesNamed("Chile1973.Graph.Web", Neo4j);
        Assert.NotEmpty(named);
        Assert.All(named, type => Assert.Contains(Namespace(type), Neo4jSurface));
    }

    [Fact]
    public void The_CLI_names_of_the_Neo4j_engine_only_its_composition_and_the_transactions_its_loader_writes_in()
    {
        var named = TypesNamed("Chile1973.Graph.Importer", Neo4j);
        Assert.NotEmpty(named);
        Assert.All(named, type => Assert.Contains(Namespace(type), LoaderNeo4jSurface));
    }

    private static string[] References(string assembly) =>
        [.. Assembly.Load(assembly).GetReferencedAssemblies().Select(a => a.Name!)];

    private static string Namespace(string type) => type[..type.LastIndexOf('.')];

    /// <summary>The full names of the types of <paramref name="target"/> that <paramref name="part"/>'s code names.</summary>
    private static List<string> TypesNamed(string part, string target)
    {
        using var stream = File.OpenRead(Assembly.Load(part).Location);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var named = new List<string>();
        foreach (var handle in reader.TypeReferences)
        {
            var type = reader.GetTypeReference(handle);
            var scope = type.ResolutionScope;
            while (scope.Kind == HandleKind.TypeReference)
            {
                // A nested type's namespace is its outermost type's.
                type = reader.GetTypeReference((TypeReferenceHandle)scope);
                scope = type.ResolutionScope;
            }

            if (scope.Kind == HandleKind.AssemblyReference
                && reader.GetString(reader.GetAssemblyReference((AssemblyReferenceHandle)scope).Name) == target)
            {
                named.Add($"{reader.GetString(type.Namespace)}.{reader.GetString(type.Name)}");
            }
        }

        return named;
    }
}
