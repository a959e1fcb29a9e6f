using System.Globalization;

namespace Chile1973.Graph.Cypher.Functions;

/// <summary>The scalar, list, string, math and conversion functions, by lower-case name.</summary>
internal static partial class ScalarFunctions
{
    private static readonly Dictionary<string, ScalarFunction> Table = Build();

    public static bool TryGet(string lowerCaseName, out ScalarFunction function) => Table.TryGetValue(lowerCaseName, out function!);

    private static Dictionary<string, ScalarFunction> Build()
    {
        var t = new Dictionary<string, ScalarFunction>(StringComparer.Ordinal);
        void Add(string name, int min, int max, Func<QueryContext, object?[], object?> f) => t[name] = new ScalarFunction(min, max, f);
        void One(string name, Func<QueryContext, object, object?> f) => t[name] = new ScalarFunction(1, 1, (c, a) => a[0] is null ? null : f(c, a[0]!), f);

        // Graph.
        One("id", (c, v) => v switch
        {
            NodeRef n => (long)n.Id,
            RelRef r => (long)r.Id,
            _ => CypherErrors.InvalidArgumentType<object?>("id()", v),
        });
        One("elementid", (c, v) => v switch
        {
            NodeRef n => Store.GraphStore.NodeElementId(n.Id),
            RelRef r => Store.GraphStore.RelationshipElementId(r.Id),
            _ => CypherErrors.InvalidArgumentType<object?>("elementId()", v),
        });
        One("labels", (c, v) => v is NodeRef n
            ? Labels(c, n.Id)
            : CypherErrors.TypeError<object?>("InvalidArgumentValue", $"labels() needs a node, not {CypherValues.TypeName(v)}."));
        One("type", (c, v) => v is RelRef r
            ? c.Store.RelationshipTypes.Name(c.Store.RelationshipType(r.Id))
            : CypherErrors.TypeError<object?>("InvalidArgumentValue", $"type() needs a relationship, not {CypherValues.TypeName(v)}."));
        One("properties", (c, v) => v switch
        {
            NodeRef n => Entities.NodeProperties(c, n.Id),
            RelRef r => Entities.RelationshipProperties(c, r.Id),
            IReadOnlyDictionary<string, object?> m => m,
            _ => CypherErrors.InvalidArgumentType<object?>("properties()", v),
        });
        One("keys", (c, v) => v switch
        {
            NodeRef n => Entities.NodeProperties(c, n.Id).Keys.Cast<object?>().ToList(),
            RelRef r => Entities.RelationshipProperties(c, r.Id).Keys.Cast<object?>().ToList(),
            IReadOnlyDictionary<string, object?> m => m.Keys.Cast<object?>().ToList(),
            _ => CypherErrors.InvalidArgumentType<object?>("keys()", v),
        });
        One("startnode", (c, v) => v is RelRef r ? new NodeRef(c.Store.StartNode(r.Id)) : CypherErrors.InvalidArgumentType<object?>("startNode()", v));
        One("endnode", (c, v) => v is RelRef r ? new NodeRef(c.Store.EndNode(r.Id)) : CypherErrors.InvalidArgumentType<object?>("endNode()", v));
        One("nodes", (c, v) => v is PathValue p
            ? p.Nodes.Select(static n => (object?)new NodeRef(n)).ToList()
            : CypherErrors.InvalidArgumentType<object?>("nodes()", v));
        One("relationships", (c, v) => v is PathValue p
            ? p.Relationships.Select(static r => (object?)new RelRef(r)).ToList()
            : CypherErrors.InvalidArgumentType<object?>("relationships()", v));
        One("length", (c, v) => v switch
        {
            PathValue p => (long)p.Relationships.Length,
            _ => CypherErrors.InvalidArgumentType<object?>("length()", v),
        });
        One("size", (c, v) => v switch
        {
            string s => CodePoints(s),
            IReadOnlyList<object?> l => (long)l.Count,
            _ => CypherErrors.InvalidArgumentType<object?>("size()", v),
        });
        One("isempty", (c, v) => v switch
        {
            string s => s.Length == 0,
            IReadOnlyList<object?> l => l.Count == 0,
            IReadOnlyDictionary<string, object?> m => m.Count == 0,
            _ => CypherErrors.InvalidArgumentType<object?>("isEmpty()", v),
        });
        Add("exists", 1, 1, (c, a) => a[0] is not null);
        Add("coalesce", 1, int.MaxValue, (c, a) => a.FirstOrDefault(static v => v is not null));

        // Lists.
        One("head", (c, v) => v is IReadOnlyList<object?> l ? (l.Count > 0 ? l[0] : null) : CypherErrors.InvalidArgumentType<object?>("head()", v));
        One("last", (c, v) => v is IReadOnlyList<object?> l ? (l.Count > 0 ? l[^1] : null) : CypherErrors.InvalidArgumentType<object?>("last()", v));
        One("tail", (c, v) => v is IReadOnlyList<object?> l ? l.Skip(1).ToList() : CypherErrors.InvalidArgumentType<object?>("tail()", v));
        One("reverse", (c, v) => v switch
        {
            string s => Reverse(s),
            IReadOnlyList<object?> l => l.Reverse().ToList(),
            _ => CypherErrors.InvalidArgumentType<object?>("reverse()", v),
        });
        Add("range", 2, 3, static (c, a) => ListRange.From(a).ToList(c));
        One("tointegerlist", (c, v) => ConvertList(v, "toIntegerList()", x => x is null ? null : ToInteger(x, orNull: true)));
        One("tofloatlist", (c, v) => ConvertList(v, "toFloatList()", x => x is null ? null : ToFloat(x, orNull: true)));
        One("tostringlist", (c, v) => ConvertList(v, "toStringList()", x => x is null ? null : ToStringValue(x, orNull: true)));
        One("tobooleanlist", (c, v) => ConvertList(v, "toBooleanList()", x => x is null ? null : ToBoolean(x, orNull: true)));

        // Conversion.
        One("tointeger", (c, v) => ToInteger(v, orNull: false));
        One("tointegerornull", (c, v) => ToInteger(v, orNull: true));
        One("tofloat", (c, v) => ToFloat(v, orNull: false));
        One("tofloatornull", (c, v) => ToFloat(v, orNull: true));
        One("tostring", (c, v) => ToStringValue(v, orNull: false));
        One("tostringornull", (c, v) => ToStringValue(v, orNull: true));
        One("toboolean", (c, v) => ToBoolean(v, orNull: false));
        One("tobooleanornull", (c, v) => ToBoolean(v, orNull: true));

        // Strings.
        One("tolower", (c, v) => Str(v, "toLower()").ToLowerInvariant());
        One("toupper", (c, v) => Str(v, "toUpper()").ToUpperInvariant());
        One("trim", (c, v) => Str(v, "trim()").Trim());
        Add("split", 2, 2, static (c, a) => a[0] is null || a[1] is null ? null : Split(c, Str(a[0]!, "split()"), a[1]!));
        Add("substring", 2, 3, static (c, a) => Substring(a));
        Add("left", 2, 2, static (c, a) => a[0] is null ? null : Left(Str(a[0]!, "left()"), Int(a[1], "left()"), fromRight: false));
        Add("right", 2, 2, static (c, a) => a[0] is null ? null : Left(Str(a[0]!, "right()"), Int(a[1], "right()"), fromRight: true));
        Add("replace", 3, 3, static (c, a) => a.Any(static x => x is null) ? null
            : Replace(c, Str(a[0]!, "replace()"), Str(a[1]!, "replace()"), Str(a[2]!, "replace()")));
        One("char_length", (c, v) => CodePoints(Str(v, "char_length()")));
        One("character_length", (c, v) => CodePoints(Str(v, "character_length()")));

        // Math.
        One("abs", (c, v) => v switch
        {
            long l => l == long.MinValue ? CypherErrors.Overflow<object?>("abs()") : Math.Abs(l),
            double d => Math.Abs(d),
            _ => CypherErrors.InvalidArgumentType<object?>("abs()", v),
        });
        One("sign", (c, v) => v switch
        {
            long l => (long)Math.Sign(l),
            double d => double.IsNaN(d) ? 0L : (long)Math.Sign(d),
            _ => CypherErrors.InvalidArgumentType<object?>("sign()", v),
        });
        One("ceil", (c, v) => Math.Ceiling(Num(v, "ceil()")));
        One("floor", (c, v) => Math.Floor(Num(v, "floor()")));
        Add("round", 1, 3, static (c, a) => Round(a));
        foreach (var (name, f) in new (string, Func<double, double>)[]
        {
            ("sqrt", Math.Sqrt), ("exp", Math.Exp), ("log", Math.Log), ("log10", Math.Log10), ("sin", Math.Sin),
            ("cos", Math.Cos), ("tan", Math.Tan), ("asin", Math.Asin), ("acos", Math.Acos), ("atan", Math.Atan),
            ("cot", x => 1 / Math.Tan(x)), ("degrees", x => x * 180 / Math.PI), ("radians", x => x * Math.PI / 180),
            ("haversin", x => (1 - Math.Cos(x)) / 2),
        })
        {
            One(name, (c, v) => f(Num(v, name + "()")));
        }

        Add("atan2", 2, 2, static (c, a) => a[0] is null || a[1] is null ? null : Math.Atan2(Num(a[0]!, "atan2()"), Num(a[1]!, "atan2()")));
        Add("pi", 0, 0, static (c, a) => Math.PI);
        Add("e", 0, 0, static (c, a) => Math.E);
        Add("rand", 0, 0, static (c, a) => Random.Shared.NextDouble());
        Add("randomuuid", 0, 0, static (c, a) => Guid.NewGuid().ToString());
        Add("timestamp", 0, 0, static (c, a) => c.Now.ToUnixTimeMilliseconds());
        AddNeo4j5(t);
        return t;
    }

    private static List<object?> Labels(QueryContext context, int node)
    {
        if (!context.Store.NodeExists(node))
        {
            CypherErrors.DeletedEntity("node");
        }

        var labels = new List<object?>();
        foreach (var label in context.Store.NodeLabels(node))
        {
            labels.Add(context.Store.Labels.Name(label));
        }

        return labels;
    }

    private static string Reverse(string s)
    {
        var elements = new List<string>();
        var e = StringInfo.GetTextElementEnumerator(s);
        while (e.MoveNext())
        {
            elements.Add(e.GetTextElement());
        }

        elements.Reverse();
        return string.Concat(elements);
    }

    /// <summary>The length in Unicode characters, as Neo4j counts it: a character outside the BMP counts once.</summary>
    private static long CodePoints(string s)
    {
        long count = s.Length;
        for (var i = 1; i < s.Length; i++)
        {
            if (char.IsSurrogatePair(s[i - 1], s[i]))
            {
                count--;
                i++;
            }
        }

        return count;
    }

    private static string Str(object value, string function) =>
        value as string ?? CypherErrors.InvalidArgumentType<string>(function, value);

    private static double Num(object value, string function) => value switch
    {
        long l => l,
        double d => d,
        _ => CypherErrors.InvalidArgumentType<double>(function, value),
    };

    private static long Int(object? value, string function) => value switch
    {
        long l => l,
        _ => CypherErrors.InvalidArgumentType<long>(function, value),
    };

    private static object? ConvertList(object value, string function, Func<object?, object?> convert) => value switch
    {
        IReadOnlyList<object?> list => list.Select(convert).ToList(),
        _ => CypherErrors.InvalidArgumentType<object?>(function, value),
    };

    internal static object? ToInteger(object value, bool orNull) => value switch
    {
        long => value,
        double d => double.IsNaN(d) || double.IsInfinity(d) || d >= 9.2233720368547758E18 || d < -9.2233720368547758E18
            ? (orNull ? null : CypherErrors.ArgumentError<object?>("NumberOutOfRange", $"{CypherValues.FormatFloat(d)} is out of the integer range."))
            : (long)d,
        bool b => b ? 1L : 0L,
        string s => ParseInteger(s),
        _ => orNull ? null : CypherErrors.TypeError<object?>("InvalidArgumentValue", $"toInteger() cannot convert {CypherValues.TypeName(value)}."),
    };

    private static object? ParseInteger(string s)
    {
        var text = s.Trim();
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l))
        {
            return l;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && !double.IsNaN(d) && !double.IsInfinity(d)
            && d < 9.2233720368547758E18 && d >= -9.2233720368547758E18)
        {
            return (long)d;
        }

        return null;
    }

    internal static object? ToFloat(object value, bool orNull) => value switch
    {
        double => value,
        long l => (double)l,
        string s => double.TryParse(s.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null,
        _ => orNull ? null : CypherErrors.TypeError<object?>("InvalidArgumentValue", $"toFloat() cannot convert {CypherValues.TypeName(value)}."),
    };

    internal static object? ToStringValue(object value, bool orNull) => value switch
    {
        string => value,
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => CypherValues.FormatFloat(d),
        bool b => b ? "true" : "false",
        _ when TemporalSupport.IsTemporal(value) => Convert.ToString(value, CultureInfo.InvariantCulture),
        _ => orNull ? null : CypherErrors.TypeError<object?>("InvalidArgumentValue", $"toString() cannot convert {CypherValues.TypeName(value)}."),
    };

    internal static object? ToBoolean(object value, bool orNull) => value switch
    {
        bool => value,
        string s => s.Trim().ToLowerInvariant() switch
        {
            "true" => true,
            "false" => false,
            _ => null,
        },
        long l => l != 0,
        _ => orNull ? null : CypherErrors.TypeError<object?>("InvalidArgumentValue", $"toBoolean() cannot convert {CypherValues.TypeName(value)}."),
    };

    private static object? Split(QueryContext context, string text, object separator)
    {
        if (separator is string { Length: 0 })
        {
            context.Limits.CheckList(text.Length, "split()");
        }

        var parts = separator switch
        {
            string s when s.Length == 0 => text.Select(static ch => ch.ToString()).ToArray(),
            string s => text.Split(s),
            IReadOnlyList<object?> l => text.Split([.. l.OfType<string>()], StringSplitOptions.None),
            _ => CypherErrors.InvalidArgumentType<string[]>("split()", separator),
        };
        context.Limits.CheckList(parts.Length, "split()");
        return parts.Cast<object?>().ToList();
    }

    /// <summary>
    /// replace() with its result's length checked before it is built (a short text can grow by search count times
    /// replacement length). An empty search string matches before every character and at the end, as Java's
    /// String.replace does for Neo4j.
    /// </summary>
    private static string Replace(QueryContext context, string text, string search, string replacement)
    {
        if (search.Length == 0)
        {
            context.Limits.CheckString(text.Length + ((text.Length + 1L) * replacement.Length), "replace()");
            var builder = new System.Text.StringBuilder(replacement);
            foreach (var ch in text)
            {
                builder.Append(ch).Append(replacement);
            }

            return builder.ToString();
        }

        if (replacement.Length > search.Length)
        {
            long matches = 0;
            for (var at = text.IndexOf(search, StringComparison.Ordinal); at >= 0; at = text.IndexOf(search, at + search.Length, StringComparison.Ordinal))
            {
                matches++;
            }

            context.Limits.CheckString(text.Length + (matches * (replacement.Length - search.Length)), "replace()");
        }

        return text.Replace(search, replacement, StringComparison.Ordinal);
    }

    private static object? Substring(object?[] a)
    {
        if (a[0] is null)
        {
            return null;
        }

        var s = Str(a[0]!, "substring()");
        var start = Int(a[1], "substring()");
        if (start < 0)
        {
            return CypherErrors.ArgumentError<object?>("NumberOutOfRange", "substring() cannot start before 0.");
        }

        var length = a.Length > 2 ? Int(a[2], "substring()") : long.MaxValue;
        if (length < 0)
        {
            return CypherErrors.ArgumentError<object?>("NumberOutOfRange", "substring() cannot take a negative length.");
        }

        // Positions count Unicode characters, as size() does: a character outside the BMP is never cut in half.
        var from = Advance(s, 0, start);
        return s[from..Advance(s, from, length)];
    }

    private static object? Left(string s, long count, bool fromRight)
    {
        if (count < 0)
        {
            return CypherErrors.ArgumentError<object?>("NumberOutOfRange", "The length must not be negative.");
        }

        return fromRight ? s[Retreat(s, count)..] : s[..Advance(s, 0, count)];
    }

    /// <summary>The UTF-16 index <paramref name="count"/> Unicode characters after <paramref name="index"/>, or the end.</summary>
    private static int Advance(string s, int index, long count)
    {
        for (; count > 0 && index < s.Length; count--)
        {
            index += index + 1 < s.Length && char.IsSurrogatePair(s[index], s[index + 1]) ? 2 : 1;
        }

        return index;
    }

    /// <summary>The UTF-16 index <paramref name="count"/> Unicode characters before the end, or 0.</summary>
    private static int Retreat(string s, long count)
    {
        var index = s.Length;
        for (; count > 0 && index > 0; count--)
        {
            index -= index > 1 && char.IsSurrogatePair(s[index - 2], s[index - 1]) ? 2 : 1;
        }

        return index;
    }

    private static object? Round(object?[] a)
    {
        if (a[0] is null)
        {
            return null;
        }

        var value = Num(a[0]!, "round()");
        if (a.Length == 1)
        {
            // Cypher rounds half up (towards positive infinity), as Java's Math.round.
            return Math.Floor(value + 0.5);
        }

        var digits = Int(a[1], "round()");
        if (digits < 0)
        {
            return CypherErrors.ArgumentError<object?>("NumberOutOfRange", "round() cannot take a negative precision.");
        }

        // decimal holds 28 digits: a value that large has no fraction to round, and 28 places is past double's precision.
        if (double.IsNaN(value) || double.IsInfinity(value) || Math.Abs(value) >= 7.9e27 || digits > 28)
        {
            return value;
        }

        var precision = (int)digits;
        var mode = a.Length > 2 ? a[2] as string ?? CypherErrors.InvalidArgumentType<string>("round()", a[2]) : "HALF_UP";
        var exact = (decimal)value;
        return mode.ToUpperInvariant() switch
        {
            // Neo4j rounds to a whole number the way Math.round does (half towards positive infinity), so round(-1.5, 0) is -1.0.
            "HALF_UP" when precision == 0 => Math.Floor(value + 0.5),
            "HALF_UP" => (double)Math.Round(exact, precision, MidpointRounding.AwayFromZero),
            "HALF_EVEN" => (double)Math.Round(exact, precision, MidpointRounding.ToEven),
            "HALF_DOWN" => (double)HalfDown(exact, precision),
            "UP" => (double)Math.Round(exact, precision, exact >= 0 ? MidpointRounding.ToPositiveInfinity : MidpointRounding.ToNegativeInfinity),
            "DOWN" => (double)Math.Round(exact, precision, MidpointRounding.ToZero),
            "CEILING" => (double)Math.Round(exact, precision, MidpointRounding.ToPositiveInfinity),
            "FLOOR" => (double)Math.Round(exact, precision, MidpointRounding.ToNegativeInfinity),
            "UNNECESSARY" when Math.Round(exact, precision, MidpointRounding.ToZero) == exact => value,
            "UNNECESSARY" => CypherErrors.ArgumentError<object?>("InvalidArgumentValue", $"round() would need to round {value} with the mode UNNECESSARY."),
            _ => CypherErrors.ArgumentError<object?>("InvalidArgumentValue", $"Unknown rounding mode '{mode}': use UP, DOWN, CEILING, FLOOR, HALF_UP, HALF_DOWN, HALF_EVEN or UNNECESSARY."),
        };
    }

    // java.math.RoundingMode.HALF_DOWN: to the nearest neighbour, a tie towards zero.
    private static decimal HalfDown(decimal value, int precision)
    {
        var truncated = Math.Round(value, precision, MidpointRounding.ToZero);
        var away = Math.Round(value, precision, value >= 0 ? MidpointRounding.ToPositiveInfinity : MidpointRounding.ToNegativeInfinity);
        return Math.Abs(value - truncated) <= Math.Abs(away - value) ? truncated : away;
    }
}
