using System.Text.Json;
using System.Text.RegularExpressions;
using Chile1973.Graph.Core.Explorer;
using Chile1973.Graph.Core.GraphFiles;
using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Cypher;
using Chile1973.Graph.Web.Neighbourhood;
using Chile1973.Graph.Web.Options;
using Chile1973.Graph.Web.Tests.Fixtures;
using Microsoft.AspNetCore.SignalR;
using Xunit;
using OptionsOf = Microsoft.Extensions.Options.Options;
using static Chile1973.Graph.Web.Tests.Hubs.HubStreams;

namespace Chile1973.Graph.Web.Tests.Units;

/// <summary>
/// A deeper expansion goes on from a shallower one kept, and a shallower one is read from a deeper one kept: the
/// rings sent are those a walk from nothing sends, and the rings already kept are not queried again.
/// </summary>
public sealed class NeighbourhoodRingSharingTests
{
    private static readonly Lazy<EmbeddedCypherEngine> Article = new(() =>
        ExplorerEngine.Open(GraphDirectory.Load(RepositoryPaths.GraphDirectory(), RepositoryPaths.SeedsDirectory())));

    private readonly GraphFacts facts = GraphFacts.Load();

    // The hub's payload options, which rings are kept for.
    private static readonly JsonHubProtocolOptions Wire = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(1, 2, 200)]
    [InlineData(1, 3, 1000)]
    [InlineData(2, 3, 1000)]
    public async Task A_deeper_expansion_after_a_shallower_one_sends_the_rings_of_a_walk_from_nothing(int shallow, int deep, int limit)
    {
        var counted = new CountingEngine(Article.Value);
        using var cached = Cached(counted);

        await ReadAsync(cached, facts.Coup.Id, shallow, limit);
        var queriesBefore = counted.Texts.Count;
        var deeper = await ReadAsync(cached, facts.Coup.Id, deep, limit);
        var asked = counted.Texts.Skip(queriesBefore).ToList();

        Assert.True(deeper.Count > shallow, "the coup's walk must go past the shallower depth for this to compare anything");
        Assert.Equal(Shown(await ReadAsync(Uncached(Article.Value), facts.Coup.Id, deep, limit)), Shown(deeper));
        // Only the rings past the shallower depth were read: no centre, and one ring's candidates per new ring.
        Assert.DoesNotContain(ExplorerQueries.NodeElement, asked);
        Assert.Equal(deeper.Count - shallow, asked.Count(t => t is ExplorerQueries.RingCandidates or ExplorerQueries.RingNeighbours));
    }

    [Theory]
    [InlineData(2, 1)]
    [InlineData(3, 1)]
    [InlineData(3, 2)]
    public async Task A_shallower_expansion_after_a_deeper_one_is_its_first_rings_without_a_query(int deep, int shallow)
    {
        var counted = new CountingEngine(Article.Value);
        using var cached = Cached(counted);

        await ReadAsync(cached, facts.Person.Id, deep);
        var queriesBefore = counted.Texts.Count;
        var shallower = await ReadAsync(cached, facts.Person.Id, shallow);

        Assert.Equal(Shown(await ReadAsync(Uncached(Article.Value), facts.Person.Id, shallow)), Shown(shallower));
        Assert.Equal(queriesBefore, counted.Texts.Count);
    }

    [Fact]
    public async Task A_neighbourhood_asked_again_is_sent_as_it_was_kept_with_the_rings_of_a_walk_from_nothing()
    {
        var counted = new CountingEngine(Article.Value);
        using var cached = Cached(counted);

        await ReadAsync(cached, facts.Coup.Id, 2);
        var queriesBefore = counted.Texts.Count;
        var again = await ReadAsync(cached, facts.Coup.Id, 2);

        Assert.Equal(queriesBefore, counted.Texts.Count);
        Assert.All(again, ring => Assert.NotNull(ring.JsonFor(Wire.PayloadSerializerOptions)));
        var fresh = await ReadAsync(Uncached(Article.Value), facts.Coup.Id, 2);
        Assert.Equal(Shown(fresh), Shown(again));
        // What the hub writes for a kept ring is what it writes for the ring computed afresh, but for the time taken.
        Assert.Equal(fresh.Select(Written), again.Select(Written));

        static string Written(NeighbourhoodBatch ring) =>
            Regex.Replace(JsonSerializer.Serialize(ring, Wire.PayloadSerializerOptions), "\"serverMs\":[0-9.]+", "\"serverMs\":0");
    }

    [Fact]
    public async Task A_walk_that_ended_before_the_shallower_depth_ends_there_when_asked_deeper()
    {
        var counted = new CountingEngine(Article.Value);
        using var cached = Cached(counted);

        // A limit of 3 holds the centre and one neighbour with its edge: the walk ends after ring 1.
        var shallow = await ReadAsync(cached, facts.Coup.Id, 1, limit: 3);
        var queriesBefore = counted.Texts.Count;
        var deeper = await ReadAsync(cached, facts.Coup.Id, 3, limit: 3);

        Assert.Equal(Shown(shallow), Shown(deeper));
        Assert.Equal(queriesBefore, counted.Texts.Count);
    }

    [Fact]
    public async Task A_depth_outside_the_bounds_is_refused_even_when_a_deeper_answer_is_kept()
    {
        using var cached = Cached(Article.Value);
        await ReadAsync(cached, facts.Coup.Id, 2);

        var refused = await Assert.ThrowsAsync<GraphRequestException>(() => ReadAsync(cached, facts.Coup.Id, 0));
        Assert.Contains("depth must be between 1 and", refused.Message, StringComparison.Ordinal);
    }

    private static NeighbourhoodQuery Uncached(ICypherEngine engine) => UnitGraph.Walk(engine);

    private static CachedNeighbourhoodQuery Cached(ICypherEngine engine) =>
        new(Uncached(engine), engine, OptionsOf.Create(new NeighbourhoodCacheOptions()), OptionsOf.Create(new GraphOptions()), OptionsOf.Create(Wire));

    private static Task<List<NeighbourhoodBatch>> ReadAsync(INeighbourhoodQuery query, string nodeId, int depth, int limit = 200) =>
        UnitGraph.RingsAsync(query, nodeId, depth, limit, Token);

    /// <summary>The real engine, noting the template of every query it runs.</summary>
    private sealed class CountingEngine(EmbeddedCypherEngine inner) : ICypherEngine, IGraphVersionSource
    {
        public List<string> Texts { get; } = [];

        public string Name => inner.Name;

        public long GraphVersion => inner.GraphVersion;

        public Task<ICypherCursor> RunAsync(CypherQuery query, QueryOptions options, CancellationToken cancellationToken = default)
        {
            lock (Texts)
            {
                Texts.Add(query.Text);
            }

            return inner.RunAsync(query, options, cancellationToken);
        }
    }
}
