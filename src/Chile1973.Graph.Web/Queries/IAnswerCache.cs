namespace Chile1973.Graph.Web.Queries;

/// <summary>A cache of the graph's answers that can be emptied: what the app's own warm-up asked is not kept for readers.</summary>
public interface IAnswerCache
{
    /// <summary>Forgets every answer kept; answers being computed are kept when they complete.</summary>
    void Clear();
}
