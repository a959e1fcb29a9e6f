namespace Chile1973.Graph.Cypher.Syntax;

/// <summary>Neo4j 5 value types, as type predicate expressions name them (<c>x IS :: LIST&lt;INTEGER NOT NULL&gt;</c>).</summary>
internal sealed partial class Parser
{
    /// <summary>Type = TypePart, { '|', TypePart }, where '|' ends the type in a comprehension's WHERE, as it ends labels.</summary>
    private ValueTypeReference ParseValueType(bool unionAllowed)
    {
        var start = Current;
        var first = ParseTypePart();
        if (!unionAllowed || Current.Kind != TokenKind.Pipe)
        {
            return first;
        }

        var alternatives = new List<ValueTypeReference> { first };
        while (Eat(TokenKind.Pipe))
        {
            alternatives.Add(ParseTypePart());
        }

        // As in Neo4j: INTEGER | FLOAT NOT NULL is ambiguous about null, so the members agree (error 42N63).
        if (alternatives.Select(static a => a.NotNull).Distinct().Count() > 1)
        {
            SyntaxErrors.Throw(
                SyntaxErrors.UnexpectedSyntax,
                "All types in a union must be nullable, or all be appended with NOT NULL",
                start.Position);
        }

        return Bounded(Union(alternatives, notNull: false), start);
    }

    /// <summary>TypePart = TypeName, [NOT NULL | '!'], { (LIST | ARRAY), [NOT NULL | '!'] }.</summary>
    private ValueTypeReference ParseTypePart()
    {
        var type = ParseTypeName();
        while (Current.IsKeyword("LIST") || Current.IsKeyword("ARRAY"))
        {
            var suffix = Advance();
            type = Bounded(new ValueTypeReference(ValueTypeReference.ListName, EatNotNull(), type, []), suffix);
        }

        return type;
    }

    // Types are walked recursively (matching, printing): one nested deeper than any expression may is an error here.
    private static ValueTypeReference Bounded(ValueTypeReference type, Token at)
    {
        if (type.Depth > MaxNestingDepth)
        {
            SyntaxErrors.ThrowTooDeep(at.Position);
        }

        return type;
    }

    private bool EatNotNull()
    {
        if (Current.IsKeyword("NOT") && PeekAt(1).IsKeyword("NULL"))
        {
            index += 2;
            return true;
        }

        return Eat(TokenKind.Bang);
    }

    private ValueTypeReference ParseTypeName()
    {
        var token = Current;
        if (token.Kind != TokenKind.Identifier)
        {
            throw Unexpected("a type name");
        }

        Advance();
        var name = token.Text.ToUpperInvariant() switch
        {
            "NOTHING" => "NOTHING",
            "NULL" => "NULL",
            "BOOL" or "BOOLEAN" => "BOOLEAN",
            "STRING" or "VARCHAR" => "STRING",
            "INT" or "INTEGER" => "INTEGER",
            "SIGNED" => Then("INTEGER", "INTEGER"),
            "FLOAT" => "FLOAT",
            "DATE" => "DATE",
            "LOCAL" => EatKeyword("TIME") ? "LOCAL TIME" : Then("DATETIME", "LOCAL DATETIME"),
            "ZONED" => EatKeyword("TIME") ? "ZONED TIME" : Then("DATETIME", "ZONED DATETIME"),
            "TIME" => TimeZoneSuffix("ZONED TIME", "LOCAL TIME"),
            "TIMESTAMP" => TimeZoneSuffix("ZONED DATETIME", "LOCAL DATETIME"),
            "DURATION" => "DURATION",
            "POINT" => "POINT",
            "NODE" or "VERTEX" => "NODE",
            "RELATIONSHIP" or "EDGE" => "RELATIONSHIP",
            "MAP" => "MAP",
            "PATH" => "PATH",
            "PROPERTY" => Then("VALUE", "PROPERTY VALUE"),
            "LIST" or "ARRAY" => ValueTypeReference.ListName,
            "ANY" => ParseAnyName(),
            _ => null,
        };
        if (name is null)
        {
            throw Unexpected(token, "a type name");
        }

        if (name == ValueTypeReference.ListName)
        {
            Expect(TokenKind.LessThan, "'<'");
            var element = InTypeBrackets();
            return Bounded(new ValueTypeReference(ValueTypeReference.ListName, EatNotNull(), element, []), token);
        }

        if (name == "ANY" && Eat(TokenKind.LessThan))
        {
            var inner = InTypeBrackets();
            var notNull = EatNotNull();
            return inner.Name == ValueTypeReference.UnionName ? Union(inner.Alternatives, notNull) : inner with { NotNull = inner.NotNull || notNull };
        }

        return ValueTypeReference.Simple(name, EatNotNull());
    }

    // ANY, ANY VALUE, ANY NODE, ANY RELATIONSHIP, ANY MAP, ANY PATH, ANY PROPERTY VALUE (and the synonyms).
    private string ParseAnyName()
    {
        if (Current.Kind != TokenKind.Identifier)
        {
            return "ANY";
        }

        var name = Current.Text.ToUpperInvariant() switch
        {
            "VALUE" => "ANY",
            "NODE" or "VERTEX" => "NODE",
            "RELATIONSHIP" or "EDGE" => "RELATIONSHIP",
            "MAP" => "MAP",
            "PATH" => "PATH",
            "PROPERTY" => "PROPERTY VALUE",
            _ => null,
        };
        if (name is null)
        {
            return "ANY";
        }

        Advance();
        return name == "PROPERTY VALUE" ? Then("VALUE", name) : name;
    }

    private ValueTypeReference InTypeBrackets()
    {
        using var scope = guard.Enter(Current.Position);
        var saved = pipeEndsLabels;
        pipeEndsLabels = false;
        try
        {
            var type = ParseValueType(unionAllowed: true);
            Expect(TokenKind.GreaterThan, "'>'");
            return type;
        }
        finally
        {
            pipeEndsLabels = saved;
        }
    }

    private string Then(string keyword, string name)
    {
        ExpectKeyword(keyword);
        return name;
    }

    // TIME / TIMESTAMP, (WITH | WITHOUT), (TIME ZONE | TIMEZONE).
    private string TimeZoneSuffix(string zoned, string local)
    {
        var with = EatKeyword("WITH");
        if (!with)
        {
            ExpectKeyword("WITHOUT");
        }

        if (!EatKeyword("TIMEZONE"))
        {
            ExpectKeyword("TIME");
            ExpectKeyword("ZONE");
        }

        return with ? zoned : local;
    }

    private static ValueTypeReference Union(IReadOnlyList<ValueTypeReference> alternatives, bool notNull)
    {
        var flat = alternatives.SelectMany(static a => a.Name == ValueTypeReference.UnionName ? a.Alternatives : [a]).ToList();
        return flat.Count == 1 ? flat[0] with { NotNull = flat[0].NotNull || notNull } : new ValueTypeReference(ValueTypeReference.UnionName, notNull, null, flat);
    }
}
