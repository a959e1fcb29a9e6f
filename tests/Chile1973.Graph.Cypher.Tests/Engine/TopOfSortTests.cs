using Xunit;

namespace Chile1973.Graph.Cypher.Tests.Engine;

/// <summary>
/// ORDER BY with a LIMIT keeps only the places asked for: the rows are those of the whole sort cut to the page, in
/// the same order, rows that tie on every key in the order they came, through SKIP, LIMIT 0, a limit past the end
/// and a subquery run once per outer row.
/// </summary>
public sealed class TopOfSortTests
{
    private static readonly EngineHarness Random = new(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Engine", "random-graph.cypher")));

    // Degrees tie often on this graph, so the order among equal keys is tested on most pages.
    private const string Ranked = """
        MATCH (a)--(b)
        WITH a, b, COUNT { (b)--() } AS degree
        RETURN a.id AS a, b.id AS b, degree
        ORDER BY degree DESC
        """;

    [Theory]
    [InlineData("LIMIT 1", 0, 1)]
    [InlineData("LIMIT 7", 0, 7)]
    [InlineData("LIMIT 33", 0, 33)]
    [InlineData("SKIP 5 LIMIT 9", 5, 9)]
    [InlineData("SKIP 110 LIMIT 40", 110, 40)]
    [InlineData("LIMIT 100000", 0, 100000)]
    [InlineData("SKIP 100000 LIMIT 3", 100000, 3)]
    [InlineData("LIMIT 0", 0, 0)]
    public async Task A_limited_sort_answers_the_page_of_the_whole_sort(string page, int skip, int take)
    {
        var whole = await Random.RowsAsync(Ranked);

        var limited = await Random.RowsAsync($"{Ranked} {page}");

        Assert.True(whole.Count > 100, "the graph must give enough rows for the pages to cut something");
        Assert.Equal(whole.Skip(skip).Take(take), limited);
    }

    [Fact]
    public async Task Rows_that_tie_on_every_key_keep_the_order_they_came_in()
    {
        var arrived = await Random.RowsAsync("UNWIND range(1, 50) AS i RETURN i % 3 AS key, i");

        var limited = await Random.RowsAsync("UNWIND range(1, 50) AS i RETURN i % 3 AS key, i ORDER BY key LIMIT 20");

        Assert.Equal(arrived.OrderBy(r => r.Split(", ")[0], StringComparer.Ordinal).Take(20), limited);
    }

    [Fact]
    public async Task A_limited_sort_in_a_subquery_ranks_each_outer_row_on_its_own()
    {
        const string Each = """
            MATCH (n) WHERE n.id IN ['n0', 'n3', 'n7', 'n12']
            CALL (n) {
              MATCH (n)--(m)
              WITH DISTINCT m
              WITH m, COUNT { (m)--() } AS degree
              ORDER BY degree DESC, m.id
              {0}
              RETURN collect(m.id) AS best
            }
            RETURN n.id, best
            ORDER BY n.id
            """;

        var whole = await Random.RowsAsync(Each.Replace("{0}", "", StringComparison.Ordinal));
        var limited = await Random.RowsAsync(Each.Replace("{0}", "LIMIT 3", StringComparison.Ordinal));

        Assert.Equal(4, limited.Count);
        Assert.Equal(whole.Select(FirstThree), limited);

        static string FirstThree(string row)
        {
            var open = row.IndexOf('[', StringComparison.Ordinal);
            var ids = row[(open + 1)..^1].Split(", ", StringSplitOptions.RemoveEmptyEntries);
            return $"{row[..open]}[{string.Join(", ", ids.Take(3))}]";
        }
    }

    [Theory]
    [InlineData("LIMIT $count", -1)]
    [InlineData("SKIP $count LIMIT 3", -2)]
    [InlineData("LIMIT $count", "ten")]
    public async Task A_bad_count_after_an_order_is_refused_as_without_one(string page, object count)
    {
        var parameters = new Dictionary<string, object?> { ["count"] = count is int i ? (long)i : count };
        var unordered = Ranked[..Ranked.IndexOf("ORDER BY", StringComparison.Ordinal)];

        var expected = await Assert.ThrowsAnyAsync<Exception>(() => Random.RowsAsync($"{unordered} {page}", parameters));
        var error = await Assert.ThrowsAnyAsync<Exception>(() => Random.RowsAsync($"{Ranked} {page}", parameters));

        // The same message; the position differs only by the ORDER BY written before the count.
        Assert.StartsWith(page.Split(' ')[0], expected.Message, StringComparison.Ordinal);
        Assert.Equal(WithoutPosition(expected.Message), WithoutPosition(error.Message));

        static string WithoutPosition(string message) => message[..message.IndexOf(" (line", StringComparison.Ordinal)];
    }
}
