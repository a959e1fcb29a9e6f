using Chile1973.Graph.Core.Model;

namespace Chile1973.Graph.Neo4j.Tests.Support;

/// <summary>A small curated graph built in code: three people, a party, a coalition, memberships and one appointment, each relationship with its category.</summary>
internal static class SampleGraph
{
    private static readonly Provenance Source = new("000_34eb88202be91435", "a quote");

    public static KnowledgeGraph Create()
    {
        var nodes = new List<GraphNode>
        {
            Node("salvador_allende", NodeKind.Person, "Salvador Allende", ["Allende"], "1908", "1973-09-11"),
            Node("augusto_pinochet", NodeKind.Person, "Augusto Pinochet", ["Pinochet", "Augusto Pinochet Ugarte"], "1915", null),
            Node("orlando_letelier", NodeKind.Person, "Orlando Letelier", [], null, "1976-09-21"),
            Node("socialist_party", NodeKind.Party, "Socialist Party", ["PS", "Partido Socialista"], "1933", null,
                new Dictionary<string, object?> { ["members_1972"] = 100000L, ["vote_share_1970"] = 22.8, ["tags"] = new[] { "left", "marxist" } }),
            Node("popular_unity", NodeKind.Coalition, "Popular Unity", ["UP", "Unidad Popular"], "1969", "1973"),
        };
        var relationships = new List<GraphRelationship>
        {
            Relationship("salvador_allende-MEMBER_OF-socialist_party", "MEMBER_OF", "salvador_allende", "socialist_party", "membership"),
            Relationship("orlando_letelier-MEMBER_OF-socialist_party", "MEMBER_OF", "orlando_letelier", "socialist_party", "membership", claimedBy: "salvador_allende"),
            Relationship("socialist_party-MEMBER_OF-popular_unity", "MEMBER_OF", "socialist_party", "popular_unity", "membership"),
            Relationship("salvador_allende-APPOINTED-augusto_pinochet", "APPOINTED", "salvador_allende", "augusto_pinochet", "command", "1973-08-23"),
        };
        return new KnowledgeGraph(nodes, relationships);
    }

    private static GraphNode Node(string id, NodeKind kind, string name, string[] aliases, string? start, string? end,
        Dictionary<string, object?>? extra = null) =>
        new(id, kind, name, aliases, start is null ? null : PartialDate.Parse(start), end is null ? null : PartialDate.Parse(end),
            null, extra ?? [], Source);

    private static GraphRelationship Relationship(string id, string type, string start, string end, string category, string? date = null, string? claimedBy = null)
    {
        var properties = new Dictionary<string, object?> { ["category"] = category };
        if (claimedBy is not null)
        {
            properties["claimed_by"] = claimedBy;
        }

        return new(id, type, start, end, date is null ? null : PartialDate.Parse(date), null, properties, Source);
    }
}
