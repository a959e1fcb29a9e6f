namespace Chile1973.Graph.Web.Article;

/// <summary>The span of the graph's dates and how many dated facts start in each year (by end year when only the end is known).</summary>
/// <param name="Earliest">The earliest date of the graph, as written (a partial ISO date).</param>
/// <param name="Latest">The latest date of the graph, as written.</param>
public sealed record Timeline(string? Earliest, string? Latest, IReadOnlyList<TimelineYear> Years);

/// <summary>One year of the histogram under the time slider.</summary>
public sealed record TimelineYear(int Year, int Facts);
