using Chile1973.Graph.Cypher.Functions.Temporal;

namespace Chile1973.Graph.Cypher.Functions;

/// <summary>Neo4j 5's value types of runtime values: valueType() and the type predicate <c>x IS :: TYPE</c>.</summary>
internal static class ValueTypes
{
    // The order Neo4j lists the members of a union type in (its type normalisation).
    private static readonly string[] Order =
    [
        "NOTHING", "NULL", "BOOLEAN", "STRING", "INTEGER", "FLOAT", "DATE", "LOCAL TIME", "ZONED TIME", "LOCAL DATETIME",
        "ZONED DATETIME", "DURATION", "POINT", "NODE", "RELATIONSHIP", "MAP", ValueTypeReference.ListName, "PATH",
    ];

    /// <summary>valueType(): the most precise type of a value, as Neo4j writes it (<c>LIST&lt;INTEGER NOT NULL&gt; NOT NULL</c>).</summary>
    public static string Describe(object? value) => value is null ? "NULL" : DescribeNotNull(value) + " NOT NULL";

    /// <summary>Whether <paramref name="value"/> belongs to <paramref name="type"/>; null belongs to every nullable type.</summary>
    public static bool Matches(ValueTypeReference type, object? value)
    {
        if (value is null)
        {
            return IsNullable(type);
        }

        return type.Name switch
        {
            "ANY" => true,
            "NOTHING" or "NULL" or "POINT" => false,
            ValueTypeReference.UnionName => type.Alternatives.Any(a => Matches(a, value)),
            ValueTypeReference.ListName => value is IReadOnlyList<object?> list && list.All(e => Matches(type.Element!, e)),
            "PROPERTY VALUE" => IsPropertyValue(value),
            _ => string.Equals(SimpleName(value), type.Name, StringComparison.Ordinal),
        };
    }

    private static bool IsNullable(ValueTypeReference type) =>
        !type.NotNull && (type.Name != ValueTypeReference.UnionName || type.Alternatives.Any(IsNullable));

    // What a property can hold: a simple value, or a list of simple values of one type (without nulls).
    private static bool IsPropertyValue(object value)
    {
        if (value is not IReadOnlyList<object?> list)
        {
            return IsStorableScalar(value);
        }

        string? kind = null;
        foreach (var item in list)
        {
            if (item is null || !IsStorableScalar(item))
            {
                return false;
            }

            var name = SimpleName(item);
            if (kind is not null && !string.Equals(kind, name, StringComparison.Ordinal))
            {
                return false;
            }

            kind = name;
        }

        return true;
    }

    private static bool IsStorableScalar(object value) => value is bool or string or long or double || TemporalFunctions.IsTemporalValue(value);

    private static string DescribeNotNull(object value) => value is IReadOnlyList<object?> list
        ? "LIST<" + DescribeElements(list) + ">"
        : SimpleName(value);

    /// <summary>
    /// The element type of a list: NOTHING when empty, NULL when only nulls, otherwise the union of the element types in
    /// Neo4j's order, each NOT NULL unless the list holds a null. Nested lists merge into one LIST of all their elements.
    /// </summary>
    private static string DescribeElements(IReadOnlyList<object?> list)
    {
        if (list.Count == 0)
        {
            return "NOTHING";
        }

        CypherErrors.EnsureStack("The list");
        var hasNull = false;
        var names = new SortedSet<(int Rank, string Name)>();
        List<object?>? nested = null;
        foreach (var item in list)
        {
            switch (item)
            {
                case null:
                    hasNull = true;
                    break;
                case IReadOnlyList<object?> inner:
                    (nested ??= []).AddRange(inner);
                    names.Add(Ranked(ValueTypeReference.ListName));
                    break;
                default:
                    names.Add(Ranked(SimpleName(item)));
                    break;
            }
        }

        if (names.Count == 0)
        {
            return "NULL";
        }

        var suffix = hasNull ? string.Empty : " NOT NULL";
        var parts = names.Select(n => (n.Name == ValueTypeReference.ListName ? "LIST<" + DescribeElements(nested!) + ">" : n.Name) + suffix);
        return string.Join(" | ", parts);
    }

    // A type Neo4j does not order (none the engine makes) goes last, by name.
    private static (int Rank, string Name) Ranked(string name)
    {
        var rank = Array.IndexOf(Order, name);
        return (rank < 0 ? Order.Length : rank, name);
    }

    private static string SimpleName(object value) => value switch
    {
        bool => "BOOLEAN",
        string => "STRING",
        long => "INTEGER",
        double => "FLOAT",
        NodeRef => "NODE",
        RelRef => "RELATIONSHIP",
        PathValue => "PATH",
        IReadOnlyDictionary<string, object?> => "MAP",
        IReadOnlyList<object?> => ValueTypeReference.ListName,
        _ => Core.Values.CypherValues.TypeName(value),
    };
}
