using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text;

namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary>
/// Generic traversal of the tree: the child nodes of any node in source order, and a canonical key that compares
/// expressions by structure, ignoring where they are written (<c>a.x</c> in RETURN equals <c>a.x</c> in ORDER BY).
/// </summary>
public static class AstWalker
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> ComponentCache = new();

    /// <summary>The direct child nodes of <paramref name="node"/>, in the order of its record components.</summary>
    public static IEnumerable<AstNode> Children(AstNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        foreach (var property in Components(node.GetType()))
        {
            switch (property.GetValue(node))
            {
                case AstNode child:
                    yield return child;
                    break;
                case IEnumerable items and not string:
                    foreach (var item in items)
                    {
                        if (item is AstNode childItem)
                        {
                            yield return childItem;
                        }
                    }

                    break;
                default:
                    break;
            }
        }
    }

    /// <summary><paramref name="node"/> and every node below it, depth first, parents before children.</summary>
    public static IEnumerable<AstNode> DescendantsAndSelf(AstNode node)
    {
        var stack = new Stack<AstNode>();
        stack.Push(node);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            yield return current;
            foreach (var child in Children(current).Reverse())
            {
                stack.Push(child);
            }
        }
    }

    /// <summary>A string equal for two nodes exactly when they have the same structure and values.</summary>
    public static string StructuralKey(AstNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var sb = new StringBuilder();
        AppendKey(sb, node);
        return sb.ToString();
    }

    private static void AppendKey(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case null:
                sb.Append('~');
                break;
            case AstNode node:
                sb.Append(node.GetType().Name).Append('(');
                foreach (var property in Components(node.GetType()))
                {
                    AppendKey(sb, property.GetValue(node));
                    sb.Append(',');
                }

                sb.Append(')');
                break;
            case string s:
                sb.Append('"').Append(s.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
                break;
            case IEnumerable items:
                sb.Append('[');
                foreach (var item in items)
                {
                    AppendKey(sb, item);
                    sb.Append(',');
                }

                sb.Append(']');
                break;
            case IFormattable formattable:
                sb.Append(formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture));
                break;
            default:
                sb.Append(value);
                break;
        }
    }

    // The record components (primary-constructor parameters) other than the span.
    private static PropertyInfo[] Components(Type type) => ComponentCache.GetOrAdd(type, static t =>
    {
        var constructor = t.GetConstructors().OrderByDescending(static c => c.GetParameters().Length).First();
        return
        [
            .. constructor.GetParameters()
                .Where(static p => p.Name != nameof(AstNode.Span))
                .Select(p => t.GetProperty(p.Name!, BindingFlags.Public | BindingFlags.Instance)!),
        ];
    });
}
