namespace Chile1973.Graph.Core.Explorer;

/// <summary>The column names the templates of <see cref="ExplorerQueries"/> return and the explorer reads.</summary>
public static class ExplorerColumns
{
    /// <summary>A node's or relationship's curated id.</summary>
    public const string Id = "id";

    /// <summary>A node's name.</summary>
    public const string Name = "name";

    /// <summary>A node's labels; its first is its kind.</summary>
    public const string Labels = "labels";

    /// <summary>A node's other names.</summary>
    public const string Aliases = "aliases";

    /// <summary>How well a node matched a search.</summary>
    public const string Score = "score";

    /// <summary>A partial date (ISO text) when something began.</summary>
    public const string StartDate = "startDate";

    /// <summary>A partial date (ISO text) when something ended.</summary>
    public const string EndDate = "endDate";

    /// <summary>A node's description.</summary>
    public const string Description = "description";

    /// <summary>How many relationships a node has.</summary>
    public const string Degree = "degree";

    /// <summary>The delivered node a ring candidate hangs from.</summary>
    public const string Via = "via";

    /// <summary>How many neighbours of a ring's frontier node were read that are not delivered yet.</summary>
    public const string Unseen = "unseen";

    /// <summary>A relationship's start node id.</summary>
    public const string Source = "source";

    /// <summary>A relationship's end node id.</summary>
    public const string Target = "target";

    /// <summary>A relationship's type.</summary>
    public const string Type = "type";

    /// <summary>The seed quote a fact rests on.</summary>
    public const string Quote = "quote";

    /// <summary>Who claims an interpretation, when it is one.</summary>
    public const string ClaimedBy = "claimedBy";

    /// <summary>Whether someone is credited with claiming a relationship (true for an interpretation).</summary>
    public const string Claimed = "claimed";

    /// <summary>A whole node.</summary>
    public const string Node = "node";

    /// <summary>A whole relationship.</summary>
    public const string Relationship = "rel";

    /// <summary>The node at a relationship's other end (in the lens steps, its id).</summary>
    public const string Other = "other";

    /// <summary>The labels of the node at a step's other end.</summary>
    public const string OtherLabels = "otherLabels";

    /// <summary>When the node at a step's other end began (partial date, ISO text).</summary>
    public const string OtherStart = "otherStart";

    /// <summary>
    /// How many relationships the node at a step's other end has, counted at each end (a relationship to itself
    /// twice): what reading its steps would scan, known before reading them.
    /// </summary>
    public const string OtherDegree = "otherDegree";

    /// <summary>A relationship's category (the lenses' filter).</summary>
    public const string Category = "category";

    /// <summary>How many nodes the graph has.</summary>
    public const string Nodes = "nodes";

    /// <summary>How many relationships the graph has.</summary>
    public const string Relationships = "relationships";

    /// <summary>A label, with <see cref="Count"/>.</summary>
    public const string Label = "label";

    /// <summary>How many there are.</summary>
    public const string Count = "count";

    /// <summary>All of a node's or relationship's properties, as a map.</summary>
    public const string Properties = "properties";

    /// <summary>A relationship's start node id (the export's name for <see cref="Source"/>).</summary>
    public const string Start = "start";

    /// <summary>A relationship's end node id (the export's name for <see cref="Target"/>).</summary>
    public const string End = "end";

    /// <summary>The seed document a relationship's quote comes from (a node's is in <see cref="Source"/>).</summary>
    public const string Document = "document";
}
