using System.Globalization;
using Chile1973.Graph.Cypher.Syntax.Ast;

namespace Chile1973.Graph.Cypher.Tests.Syntax;

/// <summary>A compact prefix rendering of expressions, so tests can state tree shapes in one line.</summary>
public static class Sexpr
{
    public static string Of(Expression expression) => expression switch
    {
        IntegerLiteral i => i.Value.ToString(CultureInfo.InvariantCulture),
        FloatLiteral f => f.Value.ToString("R", CultureInfo.InvariantCulture) + "f",
        StringLiteral s => $"'{s.Value}'",
        BooleanLiteral b => b.Value ? "true" : "false",
        NullLiteral => "null",
        Parameter p => "$" + p.Name,
        Variable v => v.Name,
        PropertyLookup p => $"(. {Of(p.Subject)} {p.PropertyName})",
        IndexExpression i => $"([] {Of(i.Subject)} {Of(i.Index)})",
        SliceExpression s => $"([..] {Of(s.Subject)} {(s.From is null ? "_" : Of(s.From))} {(s.To is null ? "_" : Of(s.To))})",
        ListLiteral l => "[" + string.Join(' ', l.Items.Select(Of)) + "]",
        MapLiteral m => "{" + string.Join(' ', m.Entries.Select(static e => e.Key + ":" + Of(e.Value))) + "}",
        UnaryExpression u => $"({u.Operator} {Of(u.Operand)})",
        BinaryExpression b => $"({b.Operator} {Of(b.Left)} {Of(b.Right)})",
        IsNullExpression n => $"({(n.Negated ? "IsNotNull" : "IsNull")} {Of(n.Operand)})",
        TypePredicateExpression t => $"({(t.Negated ? "IsNotType" : "IsType")} {Of(t.Operand)} {t.ValueType})",
        LabelPredicate l => $"(: {Of(l.Subject)} {string.Join(':', l.Labels)})",
        FunctionInvocation f => $"({f.Function.FullName}{(f.Distinct ? " DISTINCT" : string.Empty)}{string.Concat(f.Arguments.Select(static a => " " + Of(a)))})",
        CountStar => "(count *)",
        PatternPredicate => "(pattern)",
        PatternComprehension => "(pattern-comprehension)",
        ListComprehension c => $"(list {c.Variable.Name} {Of(c.Source)}{(c.Where is null ? string.Empty : " where " + Of(c.Where))}{(c.Projection is null ? string.Empty : " | " + Of(c.Projection))})",
        _ => expression.GetType().Name,
    };
}
