using System.Globalization;

namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary>
/// A value type as a type predicate names it, synonyms resolved: a simple type (<c>INTEGER</c>, <c>ZONED DATETIME</c>,
/// <c>ANY</c>, <c>NOTHING</c>, <c>NULL</c>, ...), <c>LIST&lt;element&gt;</c> or a closed union of alternatives.
/// Every type holds null unless it is <see cref="NotNull"/>.
/// </summary>
public sealed record ValueTypeReference(string Name, bool NotNull, ValueTypeReference? Element, IReadOnlyList<ValueTypeReference> Alternatives)
{
    /// <summary>The <see cref="Name"/> of a list type.</summary>
    public const string ListName = "LIST";

    /// <summary>The <see cref="Name"/> of a union of <see cref="Alternatives"/>.</summary>
    public const string UnionName = "UNION";

    /// <summary>How deeply the type nests (1 for a simple type), so the parser can refuse one too deep to walk.</summary>
    public int Depth { get; } = 1 + Math.Max(Element?.Depth ?? 0, Alternatives.Count == 0 ? 0 : Alternatives.Max(static a => a.Depth));

    /// <summary>A simple type.</summary>
    public static ValueTypeReference Simple(string name, bool notNull) => new(name, notNull, null, []);

    /// <summary>The type as Neo4j writes it (<c>LIST&lt;INTEGER NOT NULL&gt;</c>, <c>INTEGER | FLOAT</c>).</summary>
    public override string ToString()
    {
        var suffix = NotNull ? " NOT NULL" : string.Empty;
        return Name switch
        {
            ListName => string.Create(CultureInfo.InvariantCulture, $"LIST<{Element}>{suffix}"),
            UnionName when NotNull => "ANY<" + string.Join(" | ", Alternatives) + ">" + suffix,
            UnionName => string.Join(" | ", Alternatives),
            _ => Name + suffix,
        };
    }
}
