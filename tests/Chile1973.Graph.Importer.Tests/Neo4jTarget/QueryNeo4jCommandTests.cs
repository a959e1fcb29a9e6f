using System.Text.Json.Nodes;
using Xunit;

namespace Chile1973.Graph.Importer.Tests.Neo4jTarget;

/// <summary><c>query --target neo4j</c> prints what <c>query</c> prints on the embedded engine over the same files.</summary>
public sealed class QueryNeo4jCommandTests(ArticleStandIn neo4j) : IClassFixture<ArticleStandIn>
{
    public static TheoryData<string> Queries => new()
    {
        "MATCH (p:Person) RETURN p.name AS name, p.aliases AS aliases, p.start AS born ORDER BY name LIMIT 8",
        "MATCH (n {id: 'salvador_allende'}) RETURN n",
        "MATCH (a {id: 'salvador_allende'})-[r]->(b) RETURN type(r) AS type, b.id AS other, r ORDER BY type, other",
        "MATCH p = (a {id: 'salvador_allende'})--(b) RETURN p ORDER BY b.id LIMIT 3",
        "RETURN date('1973-09-11') AS coup, datetime('1973-09-11T09:30:00-04:00') AS morning, duration.between(date('1970-11-04'), date('1973-09-11')) AS government",
        "MATCH (e:Event) WHERE e.start STARTS WITH '1973' RETURN e.id AS id, e.start AS start, date(left(e.start, 4) + '-01-01') AS year ORDER BY id LIMIT 5",
        "MATCH (n) RETURN labels(n)[0] AS kind, count(*) AS nodes, avg(size(n.aliases)) AS aliases ORDER BY kind",
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Query_on_neo4j_prints_the_same_json_rows_as_the_embedded_engine(string cypher)
    {
        var embedded = await CliRun.RunAsync("query", cypher, "--format", "json");

        var onNeo4j = await CliRun.RunAsync(["query", cypher, "--format", "json", .. neo4j.Target]);

        Assert.Equal((0, 0), (embedded.ExitCode, onNeo4j.ExitCode));
        Assert.NotEmpty(Rows(embedded.Output));
        Assert.Equal(Rows(embedded.Output), Rows(onNeo4j.Output));
    }

    [Theory]
    [InlineData("MATCH (p:Person) RETURN p.id AS id, p.name AS name, p.start AS born ORDER BY id LIMIT 10")]
    [InlineData("RETURN date('1973-09-11') AS coup, [1, 2.5, 'x'] AS list, {k: null} AS map")]
    public async Task Query_on_neo4j_prints_the_same_table_as_the_embedded_engine(string cypher)
    {
        var embedded = await CliRun.RunAsync("query", cypher);

        var onNeo4j = await CliRun.RunAsync(["query", cypher, .. neo4j.Target]);

        Assert.Equal((0, 0), (embedded.ExitCode, onNeo4j.ExitCode));
        Assert.EndsWith("(neo4j).", onNeo4j.Output.TrimEnd(), StringComparison.Ordinal);
        Assert.Equal(Table(embedded.Output), Table(onNeo4j.Output));
    }

    [Fact]
    public async Task Query_on_neo4j_with_a_syntax_error_points_at_its_line_and_column_and_exits_1()
    {
        var run = await CliRun.RunAsync(["query", "MATCH (n)\nRETRN n", .. neo4j.Target]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("SyntaxError", run.Error, StringComparison.Ordinal);
        Assert.Contains("line 2, column 1", run.Error, StringComparison.Ordinal);
        Assert.Contains("  RETRN n\n  ^", run.Error.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_on_neo4j_refuses_to_write()
    {
        var run = await CliRun.RunAsync(["query", "CREATE (:Person {id: 'intruder'})", .. neo4j.Target]);

        var check = await CliRun.RunAsync(["query", "MATCH (n {id: 'intruder'}) RETURN n", "--format", "json", .. neo4j.Target]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("AccessModeViolation", run.Error, StringComparison.Ordinal);
        Assert.Empty(Rows(check.Output));
    }

    [Fact]
    public async Task Query_on_neo4j_with_a_wrong_password_exits_1_with_the_refusal()
    {
        var run = await CliRun.RunAsync(["query", "RETURN 1", "--target", "neo4j", "--uri", neo4j.Server.Uri.AbsoluteUri, "--user", "neo4j", "--password", "wrong"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Invalid username or password", run.Error, StringComparison.Ordinal);
    }

    // Element ids name the engine's own storage slots, which differ between engines; everything else must match.
    private static List<string> Rows(string output)
    {
        var root = JsonNode.Parse(output)!;
        return [.. root["rows"]!.AsArray().Select(row => Canonical(row)!.ToJsonString())];
    }

    private static JsonNode? Canonical(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                // A relationship's start and end are the element ids of its nodes.
                var dropped = !obj.ContainsKey("elementId") ? []
                    : obj.ContainsKey("type") ? ["elementId", "start", "end"]
                    : new[] { "elementId" };
                var copy = new JsonObject();
                foreach (var (key, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    if (!dropped.Contains(key))
                    {
                        copy[key] = Canonical(value);
                    }
                }

                return copy;
            case JsonArray array:
                return new JsonArray([.. array.Select(Canonical)]);
            default:
                return node?.DeepClone();
        }
    }

    private static string Table(string output) =>
        string.Join('\n', output.ReplaceLineEndings("\n").Split('\n').Where(l => !l.Contains(" row(s) in ", StringComparison.Ordinal)));
}
