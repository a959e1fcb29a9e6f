namespace Chile1973.Graph.Web.Article;

/// <summary>The facts drawn from one paragraph, as graph elements: the nodes and relationships quoting it and the ends of those relationships.</summary>
public sealed record PassageFacts(int Paragraph, IReadOnlyList<NodeElement> Nodes, IReadOnlyList<EdgeElement> Edges);
