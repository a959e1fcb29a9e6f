namespace Chile1973.Graph.Web.Lenses.Chain;

/// <summary>
/// How to trace the plot chain: <c>forward</c> to what a node led to, or <c>backward</c> to its causes; at most
/// <paramref name="MaxSteps"/> steps; with <paramref name="FactsOnly"/>, none of the author's claims.
/// </summary>
public sealed record ChainRequest(string Direction = ChainRequest.Forward, int MaxSteps = 40, bool FactsOnly = false)
{
    /// <summary>Along the relationships, to what followed.</summary>
    public const string Forward = "forward";

    /// <summary>Against the relationships, to the causes.</summary>
    public const string Backward = "backward";
}
