namespace Chile1973.Graph.Cypher.Syntax;

/// <summary>
/// Reads a Cypher literal with the engine's own parser: a number (with its sign), a string, a
/// boolean, null, or a list or map of these, as the engine's values (<see cref="long"/>,
/// <see cref="double"/>, <see cref="string"/>, <see cref="bool"/>, lists and maps).
/// </summary>
public static class CypherLiteral
{
    /// <summary>
    /// The value <paramref name="text"/> writes, or false when it is not one literal: an expression
    /// such as <c>1973-09-11</c> (a subtraction), a name, or text that is not Cypher at all.
    /// </summary>
    /// <exception cref="CypherException">The text nests deeper than the parser reads (<c>NestingTooDeep</c>).</exception>
    public static bool TryParse(string text, out object? value)
    {
        ArgumentNullException.ThrowIfNull(text);
        value = null;
        Statement statement;
        try
        {
            statement = CypherParser.Parse($"RETURN {text}\n AS value");
        }
        catch (CypherException e) when (e.Detail != SyntaxErrors.NestingTooDeep)
        {
            return false;
        }

        return statement is SingleQuery { Clauses: [ReturnClause { Projection.Items: [var item] }] }
            && TryRead(item.Expression, out value);
    }

    private static bool TryRead(Expression expression, out object? value)
    {
        switch (expression)
        {
            case Literal literal:
                value = literal.BoxedValue;
                return true;
            case UnaryExpression { Operator: UnaryOperator.Minus, Operand: IntegerLiteral integer }:
                value = -integer.Value;
                return true;
            case UnaryExpression { Operator: UnaryOperator.Minus, Operand: FloatLiteral number }:
                value = -number.Value;
                return true;
            case ListLiteral list:
                var items = new List<object?>(list.Items.Count);
                foreach (var item in list.Items)
                {
                    if (!TryRead(item, out var itemValue))
                    {
                        value = null;
                        return false;
                    }

                    items.Add(itemValue);
                }

                value = items;
                return true;
            case MapLiteral map:
                var entries = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var entry in map.Entries)
                {
                    if (!TryRead(entry.Value, out var entryValue))
                    {
                        value = null;
                        return false;
                    }

                    entries[entry.Key] = entryValue;
                }

                value = entries;
                return true;
            default:
                value = null;
                return false;
        }
    }
}
