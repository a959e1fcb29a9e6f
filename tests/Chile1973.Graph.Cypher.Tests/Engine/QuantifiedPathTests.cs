using Chile1973.Graph.Core.Querying;
using Xunit;

namespace Chile1973.Graph.Cypher.Tests.Engine;

/// <summary>Neo4j 5 quantified path patterns and path selectors, over a small plot chain (plot-chain.cypher beside this file).</summary>
public sealed class QuantifiedPathTests
{
    private readonly EngineHarness _harness = new(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Engine", "plot-chain.cypher")));

    private async Task<string[]> Rows(string query) => [.. await _harness.RowsAsync(query)];

    [Theory]
    [InlineData("MATCH (:Event {id: 'election_1970'})-[:LED_TO]->+(e) RETURN DISTINCT e.id ORDER BY e.id",
        "'coup_1973'|'prats_resigns_1973'|'schneider_1970'|'tanquetazo_1973'|'truckers_strike_1972'")]
    [InlineData("MATCH (:Event {id: 'truckers_strike_1972'})-[:LED_TO]->{2}(e) RETURN e.id ORDER BY e.id", "'coup_1973'|'prats_resigns_1973'")]
    [InlineData("MATCH (s:Event {id: 'truckers_strike_1972'})-[:LED_TO]->*(e) RETURN count(*)", "6")]
    [InlineData("MATCH (:Event {id: 'truckers_strike_1972'})-[:LED_TO]->{,1}(e) RETURN e.id ORDER BY e.id", "'coup_1973'|'tanquetazo_1973'|'truckers_strike_1972'")]
    [InlineData("MATCH (:Event {id: 'truckers_strike_1972'})<-[:LED_TO]-{1,}(e) RETURN e.id ORDER BY e.id", "'election_1970'|'schneider_1970'")]
    public async Task Quantified_relationships_repeat_a_hop_within_their_bounds(string query, string expected) =>
        Assert.Equal(expected.Split('|'), await Rows(query));

    [Fact]
    public async Task A_quantified_relationship_checks_its_inline_predicate_on_every_hop() =>
        Assert.Equal(
            ["['truckers_strike_1972', 'tanquetazo_1973', 'prats_resigns_1973', 'coup_1973']"],
            await Rows("""
                MATCH p = (:Event {id: 'truckers_strike_1972'})-[r:LED_TO WHERE r.weight >= 3]->+(:Event {id: 'coup_1973'})
                RETURN [n IN nodes(p) | n.id]
                """));

    [Fact]
    public async Task Group_variables_list_each_repetition_in_path_order()
    {
        var rows = await Rows("""
            MATCH (:Event {id: 'election_1970'}) ((a)-[r:LED_TO]->(b) WHERE r.weight < 3){2} (c)
            RETURN [x IN a | x.id], [x IN r | x.weight], [x IN b | x.id], c.id
            """);

        Assert.Equal(["['election_1970', 'schneider_1970'], [2, 1], ['schneider_1970', 'truckers_strike_1972'], 'truckers_strike_1972'"], rows);
    }

    [Fact]
    public async Task Group_variables_keep_path_order_when_the_match_starts_from_the_far_end()
    {
        // Only the last node is pinned by id, so the planner expands the pattern backwards from it.
        var rows = await Rows("""
            MATCH p = (s:Event) ((a)-[:LED_TO]->(b:Event)){2} (:Event {id: 'coup_1973'})
            WHERE s.year = 1970
            RETURN [x IN a | x.id], [x IN b | x.id], length(p)
            """);

        Assert.Equal(["['schneider_1970', 'truckers_strike_1972'], ['truckers_strike_1972', 'coup_1973'], 2"], rows);
    }

    [Fact]
    public async Task Zero_repetitions_join_the_nodes_on_either_side() =>
        Assert.Equal(
            ["'coup_1973', 0"],
            await Rows("MATCH (x:Event {id: 'coup_1973'}) (()-[:LED_TO]->()){0,1} (y) WHERE y = x RETURN y.id, 0"));

    [Theory]
    [InlineData("SHORTEST 1", "2")]
    [InlineData("SHORTEST 2", "2|3")]
    [InlineData("SHORTEST 5", "2|3|4")]
    [InlineData("ALL SHORTEST", "2")]
    [InlineData("SHORTEST 2 GROUPS", "2|3")]
    [InlineData("SHORTEST 3 GROUPS", "2|3|4")]
    [InlineData("ANY", "2")]
    [InlineData("ANY SHORTEST", "2")]
    public async Task Path_selectors_keep_the_paths_of_each_partition_by_length(string selector, string lengths) =>
        Assert.Equal(
            lengths.Split('|'),
            await Rows($$"""
                MATCH p = {{selector}} (:Event {id: 'schneider_1970'})-[:LED_TO]->+(:Event {id: 'coup_1973'})
                RETURN length(p) AS hops ORDER BY hops
                """));

    [Fact]
    public async Task A_selector_over_a_quantified_path_pattern_selects_per_start_and_end()
    {
        var rows = await Rows("""
            MATCH p = SHORTEST 1 (:Event {id: 'election_1970'}) ((a)-[:LED_TO]->(b))+ (e:Event)
            RETURN e.id, length(p) ORDER BY e.id
            """);

        Assert.Equal(["'coup_1973', 3", "'prats_resigns_1973', 4", "'schneider_1970', 1", "'tanquetazo_1973', 3", "'truckers_strike_1972', 2"], rows);
    }

    [Fact]
    public async Task The_patterns_own_WHERE_filters_before_selecting_and_the_MATCH_WHERE_after()
    {
        var before = await Rows("""
            MATCH SHORTEST 1 (p = (:Event {id: 'schneider_1970'})-[:LED_TO]->+(:Event {id: 'coup_1973'}) WHERE length(p) > 2)
            RETURN length(p)
            """);
        var after = await Rows("""
            MATCH p = SHORTEST 1 (:Event {id: 'schneider_1970'})-[:LED_TO]->+(:Event {id: 'coup_1973'})
            WHERE length(p) > 2
            RETURN length(p)
            """);

        Assert.Equal(["3"], before);
        Assert.Empty(after);
    }

    [Theory]
    [InlineData("MATCH (a) ((b)-->(c)) (d) RETURN a", "A quantifier")]
    [InlineData("MATCH (a)-->{3,1}(b) RETURN a", "cannot exceed")]
    [InlineData("MATCH (a) (((b)-->(c))+)+ RETURN a", "cannot be nested")]
    [InlineData("MATCH p = SHORTEST (a)-->+(b) RETURN p", "SHORTEST needs")]
    public async Task Malformed_Neo4j5_path_patterns_fail_with_a_positioned_syntax_error(string query, string message)
    {
        var error = await Assert.ThrowsAsync<CypherException>(() => _harness.ReadAsync(query));

        Assert.Equal(CypherErrorKind.SyntaxError, error.Kind);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.Position);
    }

    [Fact]
    public async Task A_quantified_pattern_cannot_be_created()
    {
        var error = await Assert.ThrowsAsync<CypherException>(() => _harness.WriteAsync("CREATE (a)-[:T]->+(b)"));

        Assert.NotNull(error.Position);
    }
}
