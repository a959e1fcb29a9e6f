using System.Text.Json;

namespace Chile1973.Graph.Web.Tests.Fixtures;

/// <summary>Facts of the curated graph the tests rely on, kept in graph-facts.json beside the tests.</summary>
public sealed record GraphFacts(
    string StartNodeId,
    GraphFacts.NamedNode Person,
    GraphFacts.PartyNode Party,
    GraphFacts.NamedNode Coup,
    GraphFacts.AliasSearch AliasSearchCase,
    string QuoteOfMembership,
    IReadOnlyList<GraphFacts.AliasSearch> SearchCases,
    GraphFacts.NamedNode Classroom,
    int ClassroomRings)
{
    public static GraphFacts Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "graph-facts.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var root = doc.RootElement;
        var person = root.GetProperty("person");
        var party = root.GetProperty("party");
        var alias = root.GetProperty("aliasSearch");
        var classroom = root.GetProperty("classroom");
        return new GraphFacts(
            root.GetProperty("startNodeId").GetString()!,
            new NamedNode(person.GetProperty("id").GetString()!, person.GetProperty("name").GetString()!, person.GetProperty("search").GetString()!),
            new PartyNode(party.GetProperty("id").GetString()!, party.GetProperty("name").GetString()!, party.GetProperty("relationship").GetString()!),
            new NamedNode(root.GetProperty("coup").GetProperty("id").GetString()!, "", ""),
            new AliasSearch(alias.GetProperty("text").GetString()!, alias.GetProperty("id").GetString()!),
            root.GetProperty("quoteOfMembership").GetString()!,
            [.. root.GetProperty("searchCases").EnumerateArray().Select(c => new AliasSearch(c.GetProperty("text").GetString()!, c.GetProperty("id").GetString()!))],
            new NamedNode(classroom.GetProperty("id").GetString()!, classroom.GetProperty("name").GetString()!, classroom.GetProperty("search").GetString()!),
            classroom.GetProperty("rings").GetInt32());
    }

    public sealed record NamedNode(string Id, string Name, string Search);

    public sealed record PartyNode(string Id, string Name, string Relationship);

    public sealed record AliasSearch(string Text, string Id);
}
