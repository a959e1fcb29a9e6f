namespace Chile1973.Graph.Cypher.Planning;

/// <summary>
/// Recognises a lone node pattern whose rows are only counted, grouped by keys that depend on nothing but the
/// node's labels: <c>MATCH (n[:L]) RETURN labels(n)[0] AS label, count(*) AS c</c>. Such a grouping has the same
/// groups and counts whether it visits every node or each distinct label set once, weighted by how many nodes
/// carry it, which the store keeps (<see cref="Store.GraphStore.LabelSetCounts"/>).
/// </summary>
internal static class LabelSetCountRewrite
{
    // Functions whose value may differ between two calls with the same arguments.
    private static readonly HashSet<string> Volatile = new(StringComparer.Ordinal) { "rand", "randomuuid" };

    /// <summary>The node variable and its labels when <paramref name="match"/> followed by <paramref name="next"/> has that shape.</summary>
    public static (string Variable, IReadOnlyList<string> Labels)? Match(MatchClause match, Clause next)
    {
        if (match is not { Optional: false, Where: null, Pattern.Parts: [{ PathVariable: null, Kind: PathKind.All, Element: { Steps.Count: 0, Start: var node } }] }
            || node is not { Variable: { } variable, Properties: null, LabelExpression: null, Where: null })
        {
            return null;
        }

        var projection = next switch
        {
            WithClause with => with.Projection,
            ReturnClause @return => @return.Projection,
            _ => null,
        };
        if (projection is null || projection.IncludeAll || !projection.Items.Any(i => ExpressionWalk.ContainsAggregate(i.Expression)))
        {
            return null;
        }

        foreach (var item in projection.Items)
        {
            var valid = ExpressionWalk.ContainsAggregate(item.Expression)
                ? IsCountOnly(item.Expression, variable.Name)
                : DependsOnLabelsOnly(item.Expression, variable.Name);
            if (!valid)
            {
                return null;
            }
        }

        return (variable.Name, node.Labels);
    }

    // An aggregating item: arithmetic and functions over count(*), count(n), literals and parameters.
    private static bool IsCountOnly(Expression expression, string variable) => expression switch
    {
        CountStar => true,
        FunctionInvocation { LowerCaseName: "count", Arguments: [Variable v] } => v.Name == variable,
        FunctionInvocation f when ExpressionWalk.IsAggregate(f) => false,
        _ => IsPlain(expression) && ExpressionWalk.Children(expression).All(c => IsCountOnly(c, variable)),
    };

    // A grouping key: anything deterministic over labels(n), literals and parameters.
    private static bool DependsOnLabelsOnly(Expression expression, string variable) => expression switch
    {
        FunctionInvocation { LowerCaseName: "labels", Arguments: [Variable v] } => v.Name == variable,
        Variable => false,
        _ => IsPlain(expression) && ExpressionWalk.Children(expression).All(c => DependsOnLabelsOnly(c, variable)),
    };

    // Expressions that bind no variables of their own and give the same value for the same inputs.
    private static bool IsPlain(Expression expression) => expression switch
    {
        Literal or Parameter or PropertyLookup or IndexExpression or SliceExpression or ListLiteral or MapLiteral
            or CaseExpression or UnaryExpression or BinaryExpression or IsNullExpression => true,
        FunctionInvocation f => !Volatile.Contains(f.LowerCaseName) && !ExpressionWalk.IsAggregate(f),
        _ => false,
    };
}
