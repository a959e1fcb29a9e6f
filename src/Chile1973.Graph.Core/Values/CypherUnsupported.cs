namespace Chile1973.Graph.Core.Values;

/// <summary>
/// A value the engine has but cannot send in the format in use, such as a UUID that Neo4j answers as
/// <c>{"$type": "Unsupported"}</c> under typed JSON v1.1: it stands in the place of that one value, so
/// the rest of the row and of the result stays readable.
/// </summary>
/// <param name="Reason">The engine's own words, e.g. <c>Type "UUID" is not supported in the current MimeType.</c></param>
public sealed record CypherUnsupported(string Reason)
{
    /// <inheritdoc />
    public override string ToString() => CypherValues.ToLiteral(this);
}
