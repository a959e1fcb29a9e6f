using Chile1973.Graph.Core.Querying;
using Xunit;

namespace Chile1973.Graph.Cypher.Tests.Engine;

/// <summary>Neo4j 5's dynamic labels, types and properties: <c>:$(expression)</c>, <c>$any</c>, <c>$all</c> and <c>n[key]</c>.</summary>
public sealed class DynamicLabelTests
{
    private const string Chile = """
        CREATE (allende:Person:Socialist {name: 'Salvador Allende', role: 'President'}),
               (pinochet:Person:Military {name: 'Augusto Pinochet', role: 'General'}),
               (up:Coalition {name: 'Unidad Popular'}),
               (allende)-[:LED {since: 1970}]->(up),
               (pinochet)-[:OVERTHREW]->(allende)
        """;

    private readonly EngineHarness _harness = new(Chile);

    [Fact]
    public async Task Set_adds_the_labels_an_expression_names_one_or_a_list()
    {
        var (_, summary) = await _harness.WriteAsync(
            "MATCH (n:Person) SET n:$(n.role), n:$(['Chilean', 'Leader']):Historical RETURN n");

        Assert.Equal(8, summary.Counters.LabelsAdded);
        Assert.Equal(
            ["'Augusto Pinochet', ['Chilean', 'General', 'Historical', 'Leader', 'Military', 'Person']",
             "'Salvador Allende', ['Chilean', 'Historical', 'Leader', 'Person', 'President', 'Socialist']"],
            await _harness.RowsAsync("MATCH (n:Person) UNWIND labels(n) AS l WITH n, l ORDER BY l RETURN n.name, collect(l) ORDER BY n.name"));
    }

    [Fact]
    public async Task Remove_takes_away_the_labels_an_expression_names()
    {
        var (_, summary) = await _harness.WriteAsync(
            "MATCH (n:Person {name: 'Augusto Pinochet'}) UNWIND labels(n) AS label REMOVE n:$(label)",
            null);

        Assert.Equal(2, summary.Counters.LabelsRemoved);
        Assert.Equal(["[]"], await _harness.RowsAsync("MATCH (n {name: 'Augusto Pinochet'}) RETURN labels(n)"));
    }

    [Fact]
    public async Task Set_and_remove_with_a_key_expression_write_the_property_it_names()
    {
        await _harness.WriteAsync("MATCH (n:Person) WITH n, 'title' AS key SET n[key] = n.role, n['born' + 'Place'] = 'Chile' REMOVE n['ro' + 'le']");

        Assert.Equal(
            ["'Augusto Pinochet', 'General', 'Chile', null", "'Salvador Allende', 'President', 'Chile', null"],
            await _harness.RowsAsync("MATCH (n:Person) RETURN n.name, n.title, n.bornPlace, n.role ORDER BY n.name"));
        Assert.Equal(["'General'"], await _harness.RowsAsync("MATCH (n:Military) RETURN n.title"));
    }

    [Theory]
    [InlineData("MATCH (n:$($label)) RETURN n.name ORDER BY n.name", "'Augusto Pinochet'|'Salvador Allende'")]
    [InlineData("MATCH (n:$(['Person', 'Military'])) RETURN n.name", "'Augusto Pinochet'")]
    [InlineData("MATCH (n:$all(['Person', 'Socialist'])) RETURN n.name", "'Salvador Allende'")]
    [InlineData("MATCH (n:$any(['Coalition', 'Military'])) RETURN n.name ORDER BY n.name", "'Augusto Pinochet'|'Unidad Popular'")]
    [InlineData("MATCH (n:Person&!$($label + 'x')) WHERE n:$('Socialist') RETURN n.name", "'Salvador Allende'")]
    [InlineData("MATCH ()-[r:$($type)]->(m) RETURN m.name", "'Unidad Popular'")]
    [InlineData("MATCH ()-[r:$any(['LED', 'OVERTHREW'])]->(m) RETURN m.name ORDER BY m.name", "'Salvador Allende'|'Unidad Popular'")]
    [InlineData("MATCH ()-[r:$(['LED', 'OVERTHREW'])]->(m) RETURN m.name", "")]
    public async Task Match_finds_the_labels_and_types_an_expression_names(string query, string expected)
    {
        var parameters = new Dictionary<string, object?> { ["label"] = "Person", ["type"] = "LED" };

        var rows = await _harness.RowsAsync(query, parameters);

        Assert.Equal(expected.Length == 0 ? [] : expected.Split('|'), rows);
    }

    [Fact]
    public async Task Create_and_merge_make_the_labels_and_types_an_expression_names()
    {
        var parameters = new Dictionary<string, object?> { ["kind"] = "Event", ["type"] = "LED_TO" };

        await _harness.WriteAsync("CREATE (e:$($kind):$(['Dated']) {name: 'Golpe'})", parameters);
        await _harness.WriteAsync("MATCH (p {name: 'Augusto Pinochet'}), (e:$($kind)) MERGE (p)-[:$($type)]->(e)", parameters);
        await _harness.WriteAsync("MATCH (p {name: 'Augusto Pinochet'}), (e:$($kind)) MERGE (p)-[:$($type)]->(e)", parameters);

        Assert.Equal(["true, 'LED_TO', 1"], await _harness.RowsAsync(
            "MATCH (p)-[r]->(e:Event) RETURN e:Event&Dated, type(r), COUNT { ()-[:LED_TO]->(e) }"));
    }

    [Theory]
    [InlineData("MATCH (n) SET n:$(null)")]
    [InlineData("MATCH (n) SET n:$(1)")]
    [InlineData("MATCH (n) SET n[1] = 2")]
    public async Task A_dynamic_label_or_key_that_is_not_a_string_is_a_type_error(string query)
    {
        var error = await Assert.ThrowsAsync<CypherException>(() => _harness.WriteAsync(query));

        Assert.Equal(CypherErrorKind.TypeError, error.Kind);
        Assert.Equal(["3"], await _harness.RowsAsync("MATCH (n) WHERE size(labels(n)) > 0 RETURN count(n)"));
    }
}
