namespace Chile1973.Graph.Cypher.Execution;

/// <summary>
/// Cypher's value semantics: equality with three-valued logic, comparison of comparable values,
/// the global sort order across types, and equivalence (for DISTINCT and grouping).
/// </summary>
internal static class ValueComparison
{
    public static bool IsNumber(object? value) => value is long or double;

    // Into a nested list or map: bounded by the stack, and under the query's time limit however often a list repeats.
    private static void Descend()
    {
        CypherErrors.EnsureStack("A nested list or map");
        QueryThread.Tick();
    }

    /// <summary><c>a = b</c>: true, false or null (unknown).</summary>
    public static bool? Equal(object? a, object? b)
    {
        if (a is null || b is null)
        {
            return null;
        }

        switch (a)
        {
            case long la when b is long lb:
                return la == lb;
            case long la when b is double db:
                return la == db;
            case double da when b is long lb:
                return da == lb;
            case double da when b is double db:
                return da == db;
            case string sa:
                return b is string sb && string.Equals(sa, sb, StringComparison.Ordinal);
            case bool ba:
                return b is bool bb && ba == bb;
            case NodeRef na:
                return b is NodeRef nb && na.Id == nb.Id;
            case RelRef ra:
                return b is RelRef rb && ra.Id == rb.Id;
            case PathValue pa:
                return b is PathValue pb && pa.Equals(pb);
            case IReadOnlyDictionary<string, object?> ma:
                {
                    Descend();
                    if (b is not IReadOnlyDictionary<string, object?> mb || ma.Count != mb.Count)
                    {
                        return false;
                    }

                    bool? result = true;
                    foreach (var (key, va) in ma)
                    {
                        if (!mb.TryGetValue(key, out var vb))
                        {
                            return false;
                        }

                        var e = Equal(va, vb);
                        if (e == false)
                        {
                            return false;
                        }

                        if (e is null)
                        {
                            result = null;
                        }
                    }

                    return result;
                }

            case IReadOnlyList<object?> la2:
                {
                    Descend();
                    if (b is not IReadOnlyList<object?> lb2 || la2.Count != lb2.Count)
                    {
                        return false;
                    }

                    bool? result = true;
                    for (var i = 0; i < la2.Count; i++)
                    {
                        var e = Equal(la2[i], lb2[i]);
                        if (e == false)
                        {
                            return false;
                        }

                        if (e is null)
                        {
                            result = null;
                        }
                    }

                    return result;
                }

            default:
                if (IsNumber(b) || b is string or bool or NodeRef or RelRef or PathValue or IReadOnlyList<object?> or IReadOnlyDictionary<string, object?>)
                {
                    return false;
                }

                return a.GetType() == b.GetType() && a.Equals(b);
        }
    }

    /// <summary>
    /// Compares two values for <c>&lt;</c> and friends: a sign, or null when they are not comparable
    /// (different types, null, or NaN involved: every comparison with NaN is false, reported as <see cref="NaNComparison"/>).
    /// </summary>
    public static int? Compare(object? a, object? b)
    {
        if (a is null || b is null)
        {
            return null;
        }

        switch (a)
        {
            case long la when b is long lb:
                return la.CompareTo(lb);
            case long la when b is double db:
                return double.IsNaN(db) ? NaNComparison : CompareMixed(la, db);
            case double da when b is long lb:
                return double.IsNaN(da) ? NaNComparison : -CompareMixed(lb, da);
            case double da when b is double db:
                return double.IsNaN(da) || double.IsNaN(db) ? NaNComparison : da.CompareTo(db);
            case string sa when b is string sb:
                return Math.Sign(string.CompareOrdinal(sa, sb));
            case bool ba when b is bool bb:
                return ba.CompareTo(bb);
            case IReadOnlyList<object?> xa when b is IReadOnlyList<object?> xb:
                {
                    Descend();
                    var n = Math.Min(xa.Count, xb.Count);
                    for (var i = 0; i < n; i++)
                    {
                        var c = Compare(xa[i], xb[i]);
                        if (c is null or NaNComparison)
                        {
                            return c;
                        }

                        if (c != 0)
                        {
                            return c;
                        }
                    }

                    return xa.Count.CompareTo(xb.Count);
                }

            default:
                return TemporalSupport.Compare(a, b);
        }
    }

    /// <summary>The marker <see cref="Compare"/> returns when NaN makes every comparison false.</summary>
    public const int NaNComparison = int.MinValue;

    private static int CompareMixed(long l, double d)
    {
        if (d >= 9.2233720368547758E18)
        {
            return -1;
        }

        if (d < -9.2233720368547758E18)
        {
            return 1;
        }

        var truncated = (long)d;
        var c = l.CompareTo(truncated);
        if (c != 0)
        {
            return c;
        }

        var fraction = d - truncated;
        return fraction > 0 ? -1 : fraction < 0 ? 1 : 0;
    }

    /// <summary>The ORDER BY order: every pair of values is ordered (maps, nodes, relationships, lists, paths, temporals, strings, booleans, numbers, null).</summary>
    public static int OrderCompare(object? a, object? b)
    {
        var ra = Rank(a);
        var rb = Rank(b);
        if (ra != rb)
        {
            return ra.CompareTo(rb);
        }

        switch (a)
        {
            case null:
                return 0;
            case long or double:
                {
                    var nanA = a is double da && double.IsNaN(da);
                    var nanB = b is double db && double.IsNaN(db);
                    if (nanA || nanB)
                    {
                        return nanA.CompareTo(nanB);
                    }

                    return Compare(a, b) ?? 0;
                }

            case string sa:
                return Math.Sign(string.CompareOrdinal(sa, (string)b!));
            case bool ba:
                return ba.CompareTo((bool)b!);
            case NodeRef na:
                return na.Id.CompareTo(((NodeRef)b!).Id);
            case RelRef ra2:
                return ra2.Id.CompareTo(((RelRef)b!).Id);
            case PathValue pa:
                {
                    var pb = (PathValue)b!;
                    var c = CompareSequence(pa.Nodes, pb.Nodes);
                    return c != 0 ? c : CompareSequence(pa.Relationships, pb.Relationships);
                }

            case IReadOnlyDictionary<string, object?> ma:
                {
                    Descend();
                    var mb = (IReadOnlyDictionary<string, object?>)b!;
                    var ka = ma.Keys.Order(StringComparer.Ordinal).ToList();
                    var kb = mb.Keys.Order(StringComparer.Ordinal).ToList();
                    for (var i = 0; i < Math.Min(ka.Count, kb.Count); i++)
                    {
                        var c = string.CompareOrdinal(ka[i], kb[i]);
                        if (c != 0)
                        {
                            return Math.Sign(c);
                        }

                        c = OrderCompare(ma[ka[i]], mb[kb[i]]);
                        if (c != 0)
                        {
                            return c;
                        }
                    }

                    return ka.Count.CompareTo(kb.Count);
                }

            case IReadOnlyList<object?> la:
                {
                    Descend();
                    var lb = (IReadOnlyList<object?>)b!;
                    for (var i = 0; i < Math.Min(la.Count, lb.Count); i++)
                    {
                        var c = OrderCompare(la[i], lb[i]);
                        if (c != 0)
                        {
                            return c;
                        }
                    }

                    return la.Count.CompareTo(lb.Count);
                }

            default:
                return TemporalSupport.OrderCompare(a, b!);
        }
    }

    private static int CompareSequence(int[] a, int[] b)
    {
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var c = a[i].CompareTo(b[i]);
            if (c != 0)
            {
                return c;
            }
        }

        return a.Length.CompareTo(b.Length);
    }

    private static int Rank(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> => 0,
        NodeRef => 1,
        RelRef => 2,
        IReadOnlyList<object?> => 3,
        PathValue => 4,
        string => 20,
        bool => 21,
        long or double => 22,
        null => 30,
        _ => 5 + TemporalSupport.OrderRank(value),
    };

    /// <summary>Equivalence: like equality, but null is equivalent to null and NaN to NaN (DISTINCT, grouping, IN of lists).</summary>
    public static bool Equivalent(object? a, object? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        if (a is double da && double.IsNaN(da))
        {
            return b is double db && double.IsNaN(db);
        }

        switch (a)
        {
            case IReadOnlyList<object?> la:
                {
                    Descend();
                    if (b is not IReadOnlyList<object?> lb || la.Count != lb.Count)
                    {
                        return false;
                    }

                    for (var i = 0; i < la.Count; i++)
                    {
                        if (!Equivalent(la[i], lb[i]))
                        {
                            return false;
                        }
                    }

                    return true;
                }

            case IReadOnlyDictionary<string, object?> ma:
                {
                    Descend();
                    if (b is not IReadOnlyDictionary<string, object?> mb || ma.Count != mb.Count)
                    {
                        return false;
                    }

                    foreach (var (key, va) in ma)
                    {
                        if (!mb.TryGetValue(key, out var vb) || !Equivalent(va, vb))
                        {
                            return false;
                        }
                    }

                    return true;
                }

            default:
                return Equal(a, b) == true;
        }
    }

    public static int EquivalenceHash(object? value)
    {
        switch (value)
        {
            case null:
                return 0;
            case long l:
                return ((double)l).GetHashCode();
            case double d:
                return d.GetHashCode();
            case string s:
                return StringComparer.Ordinal.GetHashCode(s);
            case IReadOnlyDictionary<string, object?> map:
                {
                    Descend();
                    var h = map.Count;
                    foreach (var (key, item) in map)
                    {
                        h ^= StringComparer.Ordinal.GetHashCode(key) * 31 + EquivalenceHash(item);
                    }

                    return h;
                }

            case IReadOnlyList<object?> list:
                {
                    Descend();
                    var h = new HashCode();
                    h.Add(list.Count);
                    foreach (var item in list)
                    {
                        h.Add(EquivalenceHash(item));
                    }

                    return h.ToHashCode();
                }

            default:
                return value.GetHashCode();
        }
    }

    /// <summary>Compares rows or values by equivalence.</summary>
    public sealed class EquivalenceComparer : IEqualityComparer<object?>, IEqualityComparer<object?[]>
    {
        public static EquivalenceComparer Instance { get; } = new();

        public new bool Equals(object? x, object? y) => Equivalent(x, y);

        public int GetHashCode(object? obj) => EquivalenceHash(obj);

        public bool Equals(object?[]? x, object?[]? y)
        {
            if (x is null || y is null || x.Length != y.Length)
            {
                return x is null && y is null;
            }

            for (var i = 0; i < x.Length; i++)
            {
                if (!Equivalent(x[i], y[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public int GetHashCode(object?[] obj)
        {
            var h = new HashCode();
            foreach (var item in obj)
            {
                h.Add(EquivalenceHash(item));
            }

            return h.ToHashCode();
        }
    }
}
