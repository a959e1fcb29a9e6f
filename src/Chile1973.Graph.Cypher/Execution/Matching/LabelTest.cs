namespace Chile1973.Graph.Cypher.Execution.Matching;

/// <summary>A label expression compiled to tests of a node's labels or of a relationship's type.</summary>
internal sealed class LabelTest
{
    private readonly Func<QueryContext, object?[], int, bool> _node;
    private readonly Func<QueryContext, object?[], string, bool> _type;
    private readonly Func<Expression, Evaluator> _compile;

    private LabelTest(LabelExpression expression, Func<Expression, Evaluator> compile)
    {
        _compile = compile;
        _node = NodeTest(expression);
        _type = TypeTest(expression);
        AnyOf = Alternatives(expression);
    }

    /// <summary>The label names when the expression is a plain alternative (<c>A|B</c>), so a scan can use each label's index.</summary>
    public string[]? AnyOf { get; }

    /// <summary>The compiled test, or null when there is no expression; <paramref name="compile"/> compiles the expressions of dynamic labels.</summary>
    public static LabelTest? Compile(LabelExpression? expression, Func<Expression, Evaluator> compile) =>
        expression is null ? null : new LabelTest(expression, compile);

    /// <summary>The names of a plain alternative of labels (<c>A|B|C</c>), else null.</summary>
    public static string[]? Alternatives(LabelExpression? expression) =>
        expression is LabelDisjunction { Operands: var operands } && operands.All(static o => o is LabelName)
            ? [.. operands.Cast<LabelName>().Select(static o => o.Name).Distinct(StringComparer.Ordinal)]
            : null;

    public bool MatchesNode(QueryContext context, object?[] row, int node) => _node(context, row, node);

    public bool MatchesType(QueryContext context, object?[] row, string type) => _type(context, row, type);

    /// <summary>
    /// The names a dynamic label or type stands for: a STRING is one name, a LIST&lt;STRING&gt; several; anything else,
    /// null included, is an error, as Neo4j gives for <c>:$(null)</c>.
    /// </summary>
    public static IReadOnlyList<string> Names(object? value) => value switch
    {
        string name => [name],
        IReadOnlyList<object?> list when list.All(static item => item is string) => [.. list.Cast<string>()],
        _ => CypherErrors.TypeError<IReadOnlyList<string>>(
            "InvalidArgumentType", $"A dynamic label or type needs a STRING or a LIST<STRING>, not {Core.Values.CypherValues.TypeName(value)}."),
    };

    private Func<QueryContext, object?[], int, bool> NodeTest(LabelExpression expression) => Combine<int>(expression, NodeLeaf);

    private Func<QueryContext, object?[], string, bool> TypeTest(LabelExpression expression) => Combine<string>(expression, TypeLeaf);

    // The connectives combine their operands' tests alike for a node's labels and a relationship's type; only the leaves differ.
    private static Func<QueryContext, object?[], T, bool> Combine<T>(
        LabelExpression expression, Func<LabelExpression, Func<QueryContext, object?[], T, bool>> leaf)
    {
        switch (expression)
        {
            case LabelNegation { Operand: var operand }:
                var inner = Combine(operand, leaf);
                return (context, row, subject) => !inner(context, row, subject);
            case LabelConjunction { Operands: var operands }:
                var all = operands.Select(operand => Combine(operand, leaf)).ToArray();
                return (context, row, subject) => Array.TrueForAll(all, test => test(context, row, subject));
            case LabelDisjunction { Operands: var operands }:
                var any = operands.Select(operand => Combine(operand, leaf)).ToArray();
                return (context, row, subject) => Array.Exists(any, test => test(context, row, subject));
            default:
                return leaf(expression);
        }
    }

    private Func<QueryContext, object?[], int, bool> NodeLeaf(LabelExpression expression)
    {
        switch (expression)
        {
            case LabelName { Name: var name }:
                return (context, _, node) => context.Store.Labels.Find(name) is var token && token >= 0 && context.Store.HasLabel(node, token);
            case LabelWildcard:
                return static (context, _, node) => context.Store.NodeLabels(node).Length > 0;
            case LabelDynamic { Expression: var names, Any: var anyOf }:
                var value = _compile(names);
                return (context, row, node) =>
                {
                    var store = context.Store;
                    bool Has(string label) => store.Labels.Find(label) is var token && token >= 0 && store.HasLabel(node, token);
                    var labels = Names(value(context, row));
                    return anyOf ? labels.Any(Has) : labels.All(Has);
                };
            default:
                throw new NotSupportedException($"Unknown label expression {expression.GetType().Name}");
        }
    }

    // A relationship has exactly one type: A&B holds only when A and B name it both, and % always holds.
    private Func<QueryContext, object?[], string, bool> TypeLeaf(LabelExpression expression)
    {
        switch (expression)
        {
            case LabelName { Name: var name }:
                return (_, _, type) => string.Equals(type, name, StringComparison.Ordinal);
            case LabelWildcard:
                return static (_, _, _) => true;
            case LabelDynamic { Expression: var names, Any: var anyOf }:
                var value = _compile(names);
                return (context, row, type) =>
                {
                    var types = Names(value(context, row));
                    return anyOf
                        ? types.Contains(type, StringComparer.Ordinal)
                        : types.All(t => string.Equals(t, type, StringComparison.Ordinal));
                };
            default:
                throw new NotSupportedException($"Unknown label expression {expression.GetType().Name}");
        }
    }
}
