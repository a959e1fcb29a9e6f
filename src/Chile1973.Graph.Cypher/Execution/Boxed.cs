namespace Chile1973.Graph.Cypher.Execution;

/// <summary>
/// The boxes an evaluator returns a boolean in. An evaluator returns object, so each boolean it computes would be
/// boxed anew: a WHERE tested on every candidate of an expansion made several boxes per row for the garbage
/// collector. A boxed value cannot change, so sharing two boxes is invisible to everything that reads them.
/// </summary>
internal static class Boxed
{
    public static readonly object True = true;

    public static readonly object False = false;

    public static object Bool(bool value) => value ? True : False;

    public static object? Bool(bool? value) => value is { } known ? known ? True : False : null;
}
