namespace Chile1973.Graph.Cypher.Functions;

/// <summary>
/// The functions <c>trim(BOTH|LEADING|TRAILING c FROM s)</c> calls: unlike btrim, ltrim and rtrim, they take a single
/// character. The names hold a space so that no query can call them by name.
/// </summary>
internal static class TrimForms
{
    public const string Both = "trim both";
    public const string Leading = "trim leading";
    public const string Trailing = "trim trailing";
}
