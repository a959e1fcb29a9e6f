namespace Chile1973.Graph.Web.Search;

/// <summary>How many search hits the server keeps to answer the same search again (<c>SearchCache</c> section).</summary>
public sealed class SearchCacheOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "SearchCache";

    /// <summary>The most hits kept over all searches; 0 keeps none. A hit costs a few hundred bytes.</summary>
    public int MaxHits { get; set; } = 50_000;
}
