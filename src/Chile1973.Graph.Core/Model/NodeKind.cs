namespace Chile1973.Graph.Core.Model;

/// <summary>The kinds of node the knowledge graph holds; each node carries exactly one as its label.</summary>
public enum NodeKind
{
    Person,
    Party,
    Coalition,
    Organization,
    MilitaryUnit,
    Event,
    Place,
    Document,
    Idea,
    Condition,
}
