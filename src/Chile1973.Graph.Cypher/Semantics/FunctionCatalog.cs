namespace Chile1973.Graph.Cypher.Semantics;

/// <summary>
/// The functions the analyser knows by name (Neo4j 5's built-ins that openCypher queries use): which aggregate,
/// how many arguments each takes and, where fixed, what type each returns.
/// </summary>
internal static class FunctionCatalog
{
    private static readonly HashSet<string> Aggregates = new(StringComparer.Ordinal)
    {
        "count", "sum", "avg", "min", "max", "collect", "stdev", "stdevp", "percentiledisc", "percentilecont",
    };

    // Lower-case name -> (minimum, maximum) number of arguments.
    private static readonly Dictionary<string, (int Min, int Max)> Arities = new(StringComparer.Ordinal)
    {
        // Aggregating.
        ["count"] = (1, 1), ["sum"] = (1, 1), ["avg"] = (1, 1), ["min"] = (1, 1), ["max"] = (1, 1), ["collect"] = (1, 1),
        ["stdev"] = (1, 1), ["stdevp"] = (1, 1), ["percentiledisc"] = (2, 2), ["percentilecont"] = (2, 2),

        // Scalar.
        ["coalesce"] = (1, int.MaxValue), ["endnode"] = (1, 1), ["startnode"] = (1, 1), ["head"] = (1, 1), ["last"] = (1, 1),
        ["id"] = (1, 1), ["elementid"] = (1, 1), ["length"] = (1, 1), ["size"] = (1, 1), ["properties"] = (1, 1),
        ["randomuuid"] = (0, 0), ["timestamp"] = (0, 0), ["type"] = (1, 1), ["valuetype"] = (1, 1), ["nullif"] = (2, 2),
        ["toboolean"] = (1, 1), ["tobooleanornull"] = (1, 1), ["tofloat"] = (1, 1), ["tofloatornull"] = (1, 1),
        ["tointeger"] = (1, 1), ["tointegerornull"] = (1, 1), ["tostring"] = (1, 1), ["tostringornull"] = (1, 1),
        ["exists"] = (1, 1), ["isempty"] = (1, 1),

        // Lists.
        ["keys"] = (1, 1), ["labels"] = (1, 1), ["nodes"] = (1, 1), ["relationships"] = (1, 1), ["range"] = (2, 3),
        ["reverse"] = (1, 1), ["tail"] = (1, 1), ["tobooleanlist"] = (1, 1), ["tofloatlist"] = (1, 1),
        ["tointegerlist"] = (1, 1), ["tostringlist"] = (1, 1),

        // Mathematics.
        ["abs"] = (1, 1), ["ceil"] = (1, 1), ["floor"] = (1, 1), ["isnan"] = (1, 1), ["rand"] = (0, 0), ["round"] = (1, 3),
        ["sign"] = (1, 1), ["e"] = (0, 0), ["exp"] = (1, 1), ["log"] = (1, 1), ["log10"] = (1, 1), ["sqrt"] = (1, 1),
        ["acos"] = (1, 1), ["asin"] = (1, 1), ["atan"] = (1, 1), ["atan2"] = (2, 2), ["cos"] = (1, 1), ["cot"] = (1, 1),
        ["degrees"] = (1, 1), ["haversin"] = (1, 1), ["pi"] = (0, 0), ["radians"] = (1, 1), ["sin"] = (1, 1),
        ["tan"] = (1, 1), ["cosh"] = (1, 1), ["sinh"] = (1, 1), ["tanh"] = (1, 1), ["coth"] = (1, 1),

        // Strings.
        ["left"] = (2, 2), ["right"] = (2, 2), ["ltrim"] = (1, 2), ["rtrim"] = (1, 2), ["trim"] = (1, 1), ["btrim"] = (1, 2),
        [Functions.TrimForms.Both] = (2, 2), [Functions.TrimForms.Leading] = (2, 2), [Functions.TrimForms.Trailing] = (2, 2),
        ["replace"] = (3, 3), ["split"] = (2, 2), ["substring"] = (2, 3), ["tolower"] = (1, 1), ["toupper"] = (1, 1),
        ["lower"] = (1, 1), ["upper"] = (1, 1), ["normalize"] = (1, 2), ["char_length"] = (1, 1), ["character_length"] = (1, 1),

        // Spatial.
        ["point"] = (1, 1), ["distance"] = (2, 2), ["point.distance"] = (2, 2),
    };

    private static readonly string[] TemporalTypes = ["date", "datetime", "localdatetime", "localtime", "time", "duration"];

    /// <summary>Whether <paramref name="lowerCaseName"/> is an aggregating function.</summary>
    public static bool IsAggregate(string lowerCaseName) => Aggregates.Contains(lowerCaseName);

    /// <summary>Whether the function exists (built-in, or a temporal constructor or one of its namespaced helpers).</summary>
    public static bool IsKnown(string lowerCaseName)
    {
        if (Arities.ContainsKey(lowerCaseName))
        {
            return true;
        }

        var dot = lowerCaseName.IndexOf('.', StringComparison.Ordinal);
        var head = dot < 0 ? lowerCaseName : lowerCaseName[..dot];
        return TemporalTypes.Contains(head);
    }

    /// <summary>The allowed number of arguments, when the catalog fixes it.</summary>
    public static (int Min, int Max)? Arity(string lowerCaseName) =>
        Arities.TryGetValue(lowerCaseName, out var arity) ? arity : null;

    /// <summary>The type a call returns, when fixed by the function (<see cref="StaticType.Any"/> otherwise).</summary>
    public static StaticType ResultType(string lowerCaseName, IReadOnlyList<StaticType> arguments) => lowerCaseName switch
    {
        "count" or "size" or "length" or "id" or "tointeger" or "sign" or "timestamp" or "char_length" or "character_length" => StaticType.Integer,
        "avg" or "tofloat" or "rand" or "sqrt" or "exp" or "log" or "log10" or "e" or "pi" or "stdev" or "stdevp"
            or "percentilecont" or "sin" or "cos" or "tan" or "asin" or "acos" or "atan" or "atan2" or "cot"
            or "degrees" or "radians" or "haversin" or "cosh" or "sinh" or "tanh" or "coth" => StaticType.Float,
        "tostring" or "type" or "tolower" or "toupper" or "trim" or "ltrim" or "rtrim" or "substring" or "replace"
            or "left" or "right" or "elementid" or "randomuuid" or "lower" or "upper" or "btrim" or "normalize" or "valuetype"
            or Functions.TrimForms.Both or Functions.TrimForms.Leading or Functions.TrimForms.Trailing => StaticType.String,
        "labels" or "keys" or "split" => StaticType.ListOf(StaticType.String),
        "range" => StaticType.ListOf(StaticType.Integer),
        "nodes" => StaticType.ListOf(StaticType.Node),
        "relationships" => StaticType.ListOf(StaticType.Relationship),
        "collect" => StaticType.ListOf(arguments.Count == 1 ? arguments[0] : StaticType.Any),
        "nullif" when arguments.Count == 2 => arguments[0],
        "tail" or "reverse" when arguments.Count == 1 && arguments[0].Kind == TypeKind.List => arguments[0],
        "head" or "last" when arguments.Count == 1 && arguments[0].Kind == TypeKind.List => arguments[0].Element ?? StaticType.Any,
        "startnode" or "endnode" => StaticType.Node,
        "properties" => StaticType.Map,
        "exists" or "isempty" or "isnan" or "toboolean" => StaticType.Boolean,
        _ => StaticType.Any,
    };
}
