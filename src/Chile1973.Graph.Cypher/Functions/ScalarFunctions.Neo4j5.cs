using System.Buffers;
using System.Globalization;
using System.Text;

namespace Chile1973.Graph.Cypher.Functions;

/// <summary>The functions Neo4j 5 added for GQL: nullIf, valueType, btrim and trim characters, normalize, hyperbolics.</summary>
internal static partial class ScalarFunctions
{
    private static void AddNeo4j5(Dictionary<string, ScalarFunction> t)
    {
        void Add(string name, int min, int max, Func<QueryContext, object?[], object?> f) => t[name] = new ScalarFunction(min, max, f);
        void One(string name, Func<QueryContext, object, object?> f) => Add(name, 1, 1, (c, a) => a[0] is null ? null : f(c, a[0]!));

        // nullIf(a, b) is null when a = b, and a otherwise: a comparison with null is not equal, so a stays.
        Add("nullif", 2, 2, static (c, a) => ValueComparison.Equal(a[0], a[1]) == true ? null : a[0]);
        Add("valuetype", 1, 1, static (c, a) => ValueTypes.Describe(a[0]));
        One("isnan", (c, v) => v switch
        {
            double d => double.IsNaN(d),
            long => false,
            _ => CypherErrors.InvalidArgumentType<object?>("isNaN()", v),
        });
        One("cosh", (c, v) => Math.Cosh(Num(v, "cosh()")));
        One("sinh", (c, v) => Math.Sinh(Num(v, "sinh()")));
        One("tanh", (c, v) => Math.Tanh(Num(v, "tanh()")));
        One("coth", (c, v) => Coth(Num(v, "coth()")));
        One("lower", (c, v) => Str(v, "lower()").ToLowerInvariant());
        One("upper", (c, v) => Str(v, "upper()").ToUpperInvariant());
        Add("btrim", 1, 2, static (c, a) => Trim(a, "btrim()", leading: true, trailing: true, oneCharacter: false));
        Add("ltrim", 1, 2, static (c, a) => Trim(a, "lTrim()", leading: true, trailing: false, oneCharacter: false));
        Add("rtrim", 1, 2, static (c, a) => Trim(a, "rTrim()", leading: false, trailing: true, oneCharacter: false));
        Add(TrimForms.Both, 2, 2, static (c, a) => Trim(a, "trim()", leading: true, trailing: true, oneCharacter: true));
        Add(TrimForms.Leading, 2, 2, static (c, a) => Trim(a, "trim()", leading: true, trailing: false, oneCharacter: true));
        Add(TrimForms.Trailing, 2, 2, static (c, a) => Trim(a, "trim()", leading: false, trailing: true, oneCharacter: true));
        Add("normalize", 1, 2, static (c, a) => Normalize(c, a));
    }

    // cosh(x) / sinh(x), as Neo4j computes it; the manual gives NaN, not an infinity, for coth(0).
    private static double Coth(double x) => x == 0 ? double.NaN : Math.Cosh(x) / Math.Sinh(x);

    /// <summary>
    /// Removes whitespace, or the given characters, from the start and/or end. ltrim, rtrim and btrim take a string of
    /// characters and remove any of them (the manual's ltrim('xxyyhelloxyxy', 'xy') is 'helloxyxy');
    /// <c>trim(BOTH|LEADING|TRAILING c FROM s)</c> takes exactly one character, as GQL defines it. Either argument null
    /// gives null, as the manual says of btrim("hello", null).
    /// </summary>
    private static object? Trim(object?[] a, string function, bool leading, bool trailing, bool oneCharacter)
    {
        if (a[0] is null || (a.Length > 1 && a[1] is null))
        {
            return null;
        }

        var s = Str(a[0]!, function);
        if (a.Length == 1)
        {
            return leading && trailing ? s.Trim() : leading ? s.TrimStart() : s.TrimEnd();
        }

        var characters = a[1] as string ?? CypherErrors.InArgument<string>(
            1, CypherErrorKind.TypeError, "InvalidArgumentType", $"{function} trims characters given as a STRING, not {CypherValues.TypeName(a[1])}.");
        var single = (characters.Length == 1 && !char.IsSurrogate(characters[0]))
            || (characters.Length == 2 && char.IsSurrogatePair(characters[0], characters[1]));
        if (oneCharacter && !single)
        {
            return CypherErrors.InArgument<object?>(
                1, CypherErrorKind.ArgumentError, "InvalidArgumentValue", $"{function} trims one character, not '{characters}' ({new StringInfo(characters).LengthInTextElements} characters).");
        }

        var set = new HashSet<Rune>(characters.EnumerateRunes());
        var start = 0;
        var end = s.Length;
        while (leading && start < end && Rune.DecodeFromUtf16(s.AsSpan(start, end - start), out var rune, out var used) == OperationStatus.Done && set.Contains(rune))
        {
            start += used;
        }

        while (trailing && end > start && Rune.DecodeLastFromUtf16(s.AsSpan(start, end - start), out var rune, out var used) == OperationStatus.Done && set.Contains(rune))
        {
            end -= used;
        }

        return s[start..end];
    }

    /// <summary>IS [form] NORMALIZED: null unless the value is a string, as for the other string operators.</summary>
    internal static bool? IsNormalized(object? value, string formName)
    {
        if (value is not string s)
        {
            return null;
        }

        try
        {
            return s.IsNormalized(NormalFormOf(formName)!.Value);
        }
        catch (ArgumentException)
        {
            return CypherErrors.ArgumentError<bool?>("InvalidArgumentValue", "IS NORMALIZED cannot test a string with an unpaired surrogate.");
        }
    }

    private static NormalizationForm? NormalFormOf(string name) => name.ToUpperInvariant() switch
    {
        "NFC" => NormalizationForm.FormC,
        "NFD" => NormalizationForm.FormD,
        "NFKC" => NormalizationForm.FormKC,
        "NFKD" => NormalizationForm.FormKD,
        _ => null,
    };

    private static object? Normalize(QueryContext context, object?[] a)
    {
        if (a[0] is null || (a.Length > 1 && a[1] is null))
        {
            return null;
        }

        var s = Str(a[0]!, "normalize()");
        var formName = a.Length == 1 ? "NFC" : a[1] as string ?? CypherErrors.InArgument<string>(
            1, CypherErrorKind.TypeError, "InvalidArgumentType", $"normalize() takes the normal form NFC, NFD, NFKC or NFKD, not {CypherValues.TypeName(a[1])}.");
        var form = NormalFormOf(formName);
        if (form is null)
        {
            return CypherErrors.InArgument<object?>(1, CypherErrorKind.ArgumentError, "InvalidArgumentValue", $"normalize() knows the normal forms NFC, NFD, NFKC and NFKD, not '{formName}'.");
        }

        string result;
        try
        {
            result = s.Normalize(form.Value);
        }
        catch (ArgumentException)
        {
            return CypherErrors.ArgumentError<object?>("InvalidArgumentValue", "normalize() cannot normalize a string with an unpaired surrogate.");
        }

        context.Limits.CheckString(result.Length, "normalize()");
        return result;
    }
}
