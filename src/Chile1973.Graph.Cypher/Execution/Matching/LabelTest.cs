using Chile1973.Graph.Cypher.Store;
using Chile1973.Graph.Cypher.Syntax.Ast;

namespace Chile1973.Graph.Cypher.Execution.Matching;

/// <summary>A label expression compiled to tests of a node's labels or of a relationship's type.</summary>
internal sealed class LabelTest
{
    private readonly Func<GraphStore, int, bool> _node;
    private readonly Func<string, bool> _type;

    private LabelTest(LabelExpression expression)
    {
        _node = NodeTest(expression);
        _type = TypeTest(expression);
        AnyOf = Alternatives(expression);
    }

    /// <summary>The label names when the expression is a plain alternative (<c>A|B</c>), so a scan can use each label's index.</summary>
    public string[]? AnyOf { get; }

    /// <summary>The compiled test, or null when there is no expression.</summary>
    public static LabelTest? Compile(LabelExpression? expression) => expression is null ? null : new LabelTest(expression);

    /// <summary>The names of a plain alternative of labels (<c>A|B|C</c>), else null.</summary>
    public static string[]? Alternatives(LabelExpression? expression) =>
        expression is LabelDisjunction { Operands: var operands } && operands.All(static o => o is LabelName)
            ? [.. operands.Cast<LabelName>().Select(static o => o.Name).Distinct(StringComparer.Ordinal)]
            : null;

    public bool MatchesNode(GraphStore store, int node) => _node(store, node);

    public bool MatchesType(string type) => _type(type);

    private static Func<GraphStore, int, bool> NodeTest(LabelExpression expression)
    {
        switch (expression)
        {
            case LabelName { Name: var name }:
                return (store, node) => store.Labels.Find(name) is var token && token >= 0 && store.HasLabel(node, token);
            case LabelWildcard:
                return static (store, node) => store.NodeLabels(node).Length > 0;
            case LabelNegation { Operand: var operand }:
                var inner = NodeTest(operand);
                return (store, node) => !inner(store, node);
            case LabelConjunction { Operands: var operands }:
                var all = operands.Select(NodeTest).ToArray();
                return (store, node) => Array.TrueForAll(all, test => test(store, node));
            case LabelDisjunction { Operands: var operands }:
                var any = operands.Select(NodeTest).ToArray();
                return (store, node) => Array.Exists(any, test => test(store, node));
            default:
                throw new NotSupportedException($"Unknown label expression {expression.GetType().Name}");
        }
    }

    // A relationship has exactly one type: A&B holds only when A and B name it both, and % always holds.
    private static Func<string, bool> TypeTest(LabelExpression expression)
    {
        switch (expression)
        {
            case LabelName { Name: var name }:
                return type => string.Equals(type, name, StringComparison.Ordinal);
            case LabelWildcard:
                return static _ => true;
            case LabelNegation { Operand: var operand }:
                var inner = TypeTest(operand);
                return type => !inner(type);
            case LabelConjunction { Operands: var operands }:
                var all = operands.Select(TypeTest).ToArray();
                return type => Array.TrueForAll(all, test => test(type));
            case LabelDisjunction { Operands: var operands }:
                var any = operands.Select(TypeTest).ToArray();
                return type => Array.Exists(any, test => test(type));
            default:
                throw new NotSupportedException($"Unknown label expression {expression.GetType().Name}");
        }
    }
}
