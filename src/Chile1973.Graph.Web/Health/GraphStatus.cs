namespace Chile1973.Graph.Web.Health;

/// <summary>Whether the graph engine answers, what the page and <c>/health/ready</c> say about it, and since when.</summary>
public sealed record GraphStatus(bool Available, string Message, DateTimeOffset Since);
