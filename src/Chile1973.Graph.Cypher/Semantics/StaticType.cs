namespace Chile1973.Graph.Cypher.Semantics;

/// <summary>The kinds of value the analyser can know an expression has before running it.</summary>
internal enum TypeKind
{
    Any,
    Null,
    Boolean,
    Integer,
    Float,
    String,
    List,
    Map,
    Node,
    Relationship,
    Path,
}

/// <summary>What is known of an expression's type at compile time; <see cref="Any"/> when nothing is.</summary>
internal sealed record StaticType(TypeKind Kind, StaticType? Element = null)
{
    public static readonly StaticType Any = new(TypeKind.Any);
    public static readonly StaticType Null = new(TypeKind.Null);
    public static readonly StaticType Boolean = new(TypeKind.Boolean);
    public static readonly StaticType Integer = new(TypeKind.Integer);
    public static readonly StaticType Float = new(TypeKind.Float);
    public static readonly StaticType String = new(TypeKind.String);
    public static readonly StaticType Map = new(TypeKind.Map);
    public static readonly StaticType Node = new(TypeKind.Node);
    public static readonly StaticType Relationship = new(TypeKind.Relationship);
    public static readonly StaticType Path = new(TypeKind.Path);
    public static readonly StaticType AnyList = new(TypeKind.List, Any);

    public static StaticType ListOf(StaticType element) => new(TypeKind.List, element);

    /// <summary>Whether a value of this type may turn out to be of <paramref name="kind"/> (unknown and null may be anything).</summary>
    public bool MayBe(TypeKind kind) => Kind == kind || Kind is TypeKind.Any or TypeKind.Null;

    /// <summary>Whether the type is known to be one of the numbers.</summary>
    public bool IsNumber => Kind is TypeKind.Integer or TypeKind.Float;

    /// <summary>The Cypher name of the type, for messages.</summary>
    public string Name => Kind switch
    {
        TypeKind.List => Element is null || Element.Kind == TypeKind.Any ? "LIST" : $"LIST<{Element.Name}>",
        TypeKind.Any => "ANY",
        _ => Kind.ToString().ToUpperInvariant(),
    };

    /// <summary>The common type of several values: the type itself when all agree, otherwise <see cref="Any"/>.</summary>
    public static StaticType Common(IEnumerable<StaticType> types)
    {
        StaticType? common = null;
        foreach (var type in types)
        {
            if (type.Kind == TypeKind.Null)
            {
                continue;
            }

            if (common is null)
            {
                common = type;
            }
            else if (common != type)
            {
                return Any;
            }
        }

        return common ?? Any;
    }
}
