using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Cypher.Tests.Engine;
using Xunit;

namespace Chile1973.Graph.Cypher.Tests.Functions;

/// <summary>
/// Neo4j 5's GQL functions and expression forms (char_length, nullIf, btrim, trim ... FROM, normalize, valueType, ||,
/// IS :: TYPE), each a row of neo4j5-value-cases.txt run as <c>RETURN expression</c> on the embedded engine.
/// </summary>
public sealed class Neo4j5FunctionTests
{
    private const string Arrow = " => ";

    private const string Chile = """
        CREATE (allende:Person {name: 'Salvador Allende', born: 1908, aliases: ['Chicho']}),
               (up:Coalition {name: 'Unidad Popular'}),
               (allende)-[:LED {since: 1970}]->(up)
        """;

    private readonly EngineHarness _harness = new(Chile);

    public static TheoryData<string, string> Values() => Load(errors: false);

    public static TheoryData<string, string> Errors() => Load(errors: true);

    [Theory]
    [MemberData(nameof(Values))]
    public async Task Expression_returns_the_value_Neo4j_5_gives(string expression, string expected)
    {
        // Act
        var rows = await _harness.RowsAsync("RETURN " + expression + " AS v");

        // Assert
        Assert.Equal([expected], rows);
    }

    [Theory]
    [MemberData(nameof(Errors))]
    public async Task Expression_fails_with_the_kind_and_detail_Neo4j_5_gives(string expression, string expected)
    {
        // Act
        var error = await Assert.ThrowsAsync<CypherException>(() => _harness.RowsAsync("RETURN " + expression + " AS v"));

        // Assert
        Assert.Equal(expected, $"{error.Kind} {error.Detail}");
        Assert.NotNull(error.Position);
    }

    [Theory]
    [InlineData("MATCH (n:Person) RETURN valueType(n)", "'NODE NOT NULL'")]
    [InlineData("MATCH ()-[r]->() RETURN valueType(r)", "'RELATIONSHIP NOT NULL'")]
    [InlineData("MATCH p = ()-->() RETURN valueType(p)", "'PATH NOT NULL'")]
    [InlineData("MATCH (n:Person) RETURN valueType([n, 1])", "'LIST<INTEGER NOT NULL | NODE NOT NULL> NOT NULL'")]
    [InlineData("MATCH (n:Person) RETURN valueType(n.missing)", "'NULL'")]
    [InlineData("MATCH (n:Person) RETURN n IS :: NODE, n IS :: ANY NODE NOT NULL, n IS :: VERTEX, n IS :: RELATIONSHIP", "true, true, true, false")]
    [InlineData("MATCH ()-[r]->() RETURN r IS :: RELATIONSHIP, r IS :: EDGE, r IS :: NODE", "true, true, false")]
    [InlineData("MATCH p = ()-->() RETURN p IS :: PATH, p IS :: ANY PATH NOT NULL, p IS :: MAP", "true, true, false")]
    [InlineData("MATCH (n) WHERE n.born IS :: INTEGER NOT NULL RETURN n.name", "'Salvador Allende'")]
    [InlineData("MATCH (n) WHERE n.born IS NOT :: INTEGER NOT NULL RETURN n.name", "'Unidad Popular'")]
    [InlineData("MATCH (n:Person) RETURN n.aliases IS :: LIST<STRING NOT NULL>, n.aliases IS :: PROPERTY VALUE", "true, true")]
    [InlineData("MATCH (n) RETURN n.name || ' (' || coalesce(toString(n.born), '?') || ')' AS label ORDER BY label",
        "'Salvador Allende (1908)'", "'Unidad Popular (?)'")]
    [InlineData("MATCH (n:Person) RETURN n.aliases || [n.name]", "['Chicho', 'Salvador Allende']")]
    [InlineData("MATCH (n:Person) RETURN btrim(n.name, 'S'), trim(TRAILING 'e' FROM n.name), upper(n.name)",
        "'alvador Allende', 'Salvador Allend', 'SALVADOR ALLENDE'")]
    public async Task Function_or_form_applies_to_graph_values(string query, params string[] expected)
    {
        Assert.Equal(expected, await _harness.RowsAsync(query));
    }

    [Theory]
    [InlineData("WITH ' a ' AS from RETURN trim(from)", "'a'")]
    [InlineData("WITH ' a ' AS both RETURN trim(both)", "'a'")]
    [InlineData("WITH ' a ' AS leading RETURN trim(leading || ' ')", "'a'")]
    [InlineData("WITH 'x' AS c RETURN trim(LEADING c FROM 'xax')", "'ax'")]
    [InlineData("WITH 'x' AS nfc RETURN normalize(nfc)", "'x'")]
    [InlineData("RETURN [x IN ['a', 'b'] WHERE x :: STRING | x || '!']", "['a!', 'b!']")]
    [InlineData("RETURN [x IN [1, 2, 3] | x] || [4]", "[1, 2, 3, 4]")]
    public async Task Keyword_forms_leave_names_and_comprehension_bars_as_they_were(string query, string expected)
    {
        Assert.Equal([expected], await _harness.RowsAsync(query));
    }

    [Fact]
    public async Task Parameters_are_typed_by_their_values()
    {
        // Arrange
        var parameters = new Dictionary<string, object?> { ["list"] = new List<object?> { 1L, 2L }, ["text"] = "a", ["form"] = "NFD" };

        // Act
        var rows = await _harness.RowsAsync(
            "RETURN $list IS :: LIST<INTEGER NOT NULL>, valueType($list), $text || $text, char_length(normalize('\u00C5', $form))", parameters);

        // Assert
        Assert.Equal(["true, 'LIST<INTEGER NOT NULL> NOT NULL', 'aa', 2"], rows);
    }

    [Fact]
    public async Task A_parameter_of_a_narrow_CLR_type_has_its_Cypher_type()
    {
        // Arrange
        var parameters = new Dictionary<string, object?> { ["list"] = new object?[] { 1, 2.5f, "a" } };

        // Act
        var rows = await _harness.RowsAsync("RETURN valueType($list), $list IS :: LIST<INTEGER | FLOAT | STRING>", parameters);

        // Assert
        Assert.Equal(["'LIST<STRING NOT NULL | INTEGER NOT NULL | FLOAT NOT NULL> NOT NULL', true"], rows);
    }

    [Theory]
    [InlineData("RETURN trim(LEADING 'xy' FROM 'xxa') AS v", 21)]
    [InlineData("RETURN trim(BOTH 'xy' FROM 'xxa') AS v", 18)]
    [InlineData("RETURN normalize('a', 'NFX') AS v", 23)]
    [InlineData("RETURN ltrim('a', 1) AS v", 19)]
    public async Task A_bad_trim_character_or_normal_form_is_reported_at_that_argument(string query, int column)
    {
        // Act
        var error = await Assert.ThrowsAsync<CypherException>(() => _harness.RowsAsync(query));

        // Assert
        Assert.Equal(new SourcePosition(column - 1, 1, column), error.Position);
    }

    [Theory]
    [InlineData("RETURN 1 || 'a'", "||")]
    [InlineData("RETURN 'a' || true", "||")]
    [InlineData("RETURN 1 IS :: INTEGR", "INTEGR")]
    [InlineData("RETURN 1 IS :: LIST<INTEGER", "end of input")]
    [InlineData("RETURN trim(LEADING 'x' 'y')", "'y'")]
    [InlineData("RETURN valueType(1, 2)", "valueType")]
    [InlineData("RETURN 1 :: INTEGER | STRING NOT NULL", "NOT NULL")]
    [InlineData("RETURN y IS :: INTEGER", "y")]
    [InlineData("RETURN y IS NORMALIZED", "y")]
    [InlineData("MATCH (n) WHERE count(n) IS :: INTEGER RETURN n", "ggregat")]
    [InlineData("RETURN nullIf(1, 2) || 'a'", "||")]
    [InlineData("RETURN valueType(1) - 1", "STRING")]
    public async Task A_malformed_form_fails_before_running(string query, string mentioned)
    {
        // Act
        var error = await Assert.ThrowsAsync<CypherException>(() => _harness.RowsAsync(query));

        // Assert
        Assert.Equal(CypherErrorPhase.CompileTime, error.Phase);
        Assert.Contains(mentioned, error.Message, StringComparison.Ordinal);
    }

    private static TheoryData<string, string> Load(bool errors)
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Functions", "neo4j5-value-cases.txt")))
        {
            var at = line.LastIndexOf(Arrow, StringComparison.Ordinal);
            if (line.StartsWith('#') || at < 0)
            {
                continue;
            }

            var expected = line[(at + Arrow.Length)..].Trim();
            var isError = expected.StartsWith("error ", StringComparison.Ordinal);
            if (isError == errors)
            {
                data.Add(line[..at].Trim(), isError ? expected["error ".Length..] : expected);
            }
        }

        return data;
    }
}
