using Xunit;

namespace Chile1973.Graph.Cypher.Tests.Engine;

/// <summary>
/// WHERE predicates about a shortest path choose among the paths, as in Neo4j: the result is the shortest path
/// that satisfies them, not the shortest path filtered afterwards. A historian tracing the plot over facts alone
/// (no claims of the author) relies on it.
/// </summary>
public sealed class ShortestPathPredicateTests
{
    // cia -> coup directly through a claim; over facts: cia -> plot -> strike -> coup, or cia -> plot -> sabotage -> coup.
    private const string Plot = """
        CREATE (cia:Event {id: 'cia'}), (plot:Event {id: 'plot'}), (strike:Event {id: 'strike'}),
               (sabotage:Event {id: 'sabotage'}), (coup:Event {id: 'coup'}),
               (cia)-[:LED_TO {claimed_by: 'author'}]->(coup),
               (cia)-[:LED_TO]->(plot),
               (plot)-[:LED_TO]->(strike), (strike)-[:LED_TO]->(coup),
               (plot)-[:LED_TO]->(sabotage), (sabotage)-[:LED_TO]->(coup)
        """;

    private readonly EngineHarness _harness = new(Plot);

    [Fact]
    public async Task Shortest_path_is_the_shortest_that_satisfies_a_predicate_on_its_relationships()
    {
        var rows = await _harness.RowsAsync("""
            MATCH p = shortestPath((a {id: 'cia'})-[*]->(b {id: 'coup'}))
            WHERE all(r IN relationships(p) WHERE r.claimed_by IS NULL)
            RETURN length(p) AS hops
            """);

        Assert.Equal(["3"], rows);
    }

    [Fact]
    public async Task All_shortest_paths_are_every_accepted_path_of_the_least_accepted_length()
    {
        var rows = await _harness.RowsAsync("""
            MATCH p = allShortestPaths((a {id: 'cia'})-[rs*]->(b {id: 'coup'}))
            WHERE none(r IN rs WHERE r.claimed_by IS NOT NULL)
            RETURN [x IN nodes(p) | x.id] AS ids ORDER BY ids
            """);

        Assert.Equal(["['cia', 'plot', 'sabotage', 'coup']", "['cia', 'plot', 'strike', 'coup']"], rows);
    }

    [Fact]
    public async Task A_predicate_on_the_nodes_of_the_path_steers_it_around_a_node()
    {
        var rows = await _harness.RowsAsync("""
            MATCH p = shortestPath((a {id: 'cia'})-[*]->(b {id: 'coup'}))
            WHERE length(p) > 1 AND NOT any(n IN nodes(p) WHERE n.id = 'strike')
            RETURN [x IN nodes(p) | x.id] AS ids
            """);

        Assert.Equal(["['cia', 'plot', 'sabotage', 'coup']"], rows);
    }

    [Fact]
    public async Task No_row_when_no_path_within_the_bound_satisfies_the_predicate()
    {
        var rows = await _harness.RowsAsync("""
            MATCH p = shortestPath((a {id: 'cia'})-[*..2]->(b {id: 'coup'}))
            WHERE all(r IN relationships(p) WHERE r.claimed_by IS NULL)
            RETURN length(p) AS hops
            """);

        Assert.Empty(rows);
    }

    [Fact]
    public async Task Without_a_path_predicate_the_shortest_path_is_still_the_absolute_shortest()
    {
        var rows = await _harness.RowsAsync("""
            MATCH p = shortestPath((a {id: 'cia'})-[*]->(b {id: 'coup'}))
            WHERE a.id = 'cia'
            RETURN length(p) AS hops
            """);

        Assert.Equal(["1"], rows);
    }
}
