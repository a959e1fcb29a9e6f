namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary>
/// A Neo4j 5 label expression after <c>:</c> in a node pattern, a label predicate or a relationship pattern:
/// names combined with <c>!</c> (not), <c>&amp;</c> (and), <c>|</c> (or), <c>%</c> (any label) and parentheses.
/// </summary>
public abstract record LabelExpression(SourceSpan Span) : AstNode(Span);
