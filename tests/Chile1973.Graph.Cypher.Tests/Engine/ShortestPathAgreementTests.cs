using Xunit;

namespace Chile1973.Graph.Cypher.Tests.Engine;

/// <summary>
/// The shortest-path searches (which prune by the distance left and search the two halves of a path from their own
/// ends) keep exactly the trails that enumerating every trail with a variable-length match and sorting by length
/// keeps, over a seeded random multigraph (random-graph.cypher beside this file).
/// </summary>
public sealed class ShortestPathAgreementTests
{
    private static readonly EngineHarness Harness = new(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Engine", "random-graph.cypher")));

    // Every third ordered pair of the 24 nodes, each node with itself among them: 192 pairs.
    public static TheoryData<string, string> Pairs() => PairsOf(sameNode: true);

    // shortestPath() finds no path from a node to itself, so its pairs are of two different nodes.
    public static TheoryData<string, string> DistinctPairs() => PairsOf(sameNode: false);

    private static TheoryData<string, string> PairsOf(bool sameNode)
    {
        var pairs = new TheoryData<string, string>();
        for (var i = 0; i < 24; i++)
        {
            for (var j = 0; j < 24; j++)
            {
                if ((i * 24 + j) % 3 == 0 && (sameNode || i != j))
                {
                    pairs.Add($"n{i}", $"n{j}");
                }
            }
        }

        return pairs;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public async Task Shortest_k_keeps_the_k_shortest_trails_either_way(string from, string to)
    {
        var trails = await Trails("-[*1..6]-", from, to);
        var selected = await Selected("SHORTEST 4", "-[]-{1,6}", from, to);

        Assert.Equal(trails.Select(t => t.Length).Take(4), selected.Select(t => t.Length));
        Assert.All(selected, t => Assert.Contains(t, trails));
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public async Task All_shortest_keeps_every_trail_of_the_least_length_along_the_direction(string from, string to)
    {
        var trails = await Trails("-[*1..6]->", from, to);
        var selected = await Selected("ALL SHORTEST", "-[]->{1,6}", from, to);

        Assert.Equal(trails.TakeWhile(t => t.Length == trails[0].Length), selected.OrderBy(static t => t.Ids, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public async Task Shortest_groups_keep_every_trail_of_the_two_least_lengths_of_one_type(string from, string to)
    {
        var trails = await Trails("-[:A*1..6]-", from, to);
        var lengths = trails.Select(t => t.Length).Distinct().Take(2).ToHashSet();
        var selected = await Selected("SHORTEST 2 GROUPS", "-[:A]-{1,6}", from, to);

        Assert.Equal(trails.Where(t => lengths.Contains(t.Length)), selected.OrderBy(static t => t.Length).ThenBy(static t => t.Ids, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(DistinctPairs))]
    public async Task A_shortest_path_with_a_predicate_is_the_shortest_trail_the_predicate_accepts(string from, string to)
    {
        var accepted = await Harness.RowsAsync(
            """
            MATCH p = (a:N {id: $from})-[*1..6]-(b:N {id: $to})
            WHERE all(r IN relationships(p) WHERE r.w < 3)
            RETURN length(p) ORDER BY length(p) LIMIT 1
            """,
            Parameters(from, to));
        var shortest = await Harness.RowsAsync(
            """
            MATCH p = shortestPath((a:N {id: $from})-[*1..6]-(b:N {id: $to}))
            WHERE all(r IN relationships(p) WHERE r.w < 3)
            RETURN length(p)
            """,
            Parameters(from, to));

        Assert.Equal(accepted, shortest);
    }

    // Every trail as its relationship ids, shortest first, then in the order of the ids.
    private static async Task<List<Trail>> Trails(string relationship, string from, string to) =>
        [.. (await Read($"MATCH p = (a:N {{id: $from}}){relationship}(b:N {{id: $to}})", from, to))
            .OrderBy(static t => t.Length)
            .ThenBy(static t => t.Ids, StringComparer.Ordinal)];

    private static Task<List<Trail>> Selected(string selector, string relationship, string from, string to) =>
        Read($"MATCH p = {selector} (a:N {{id: $from}}){relationship}(b:N {{id: $to}})", from, to);

    private static async Task<List<Trail>> Read(string match, string from, string to) =>
        [.. (await Harness.ReadAsync($"{match} RETURN [r IN relationships(p) | r.id] AS ids", Parameters(from, to)))
            .Select(static r => ((IReadOnlyList<object?>)r["ids"]!).Cast<string>().ToList())
            .Select(static ids => new Trail(ids.Count, string.Join(' ', ids)))];

    private static Dictionary<string, object?> Parameters(string from, string to) => new(StringComparer.Ordinal) { ["from"] = from, ["to"] = to };

    private sealed record Trail(int Length, string Ids);
}
