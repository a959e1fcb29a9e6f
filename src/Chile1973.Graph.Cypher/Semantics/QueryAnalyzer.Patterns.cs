namespace Chile1973.Graph.Cypher.Semantics;

internal sealed partial class QueryAnalyzer
{
    /// <summary>
    /// Binds the variables of a matched chain. A bound node variable must hold a node and a bound relationship
    /// variable a relationship; one relationship variable twice in the same MATCH can never match (trail semantics).
    /// With <paramref name="allowNew"/> false (a pattern used as a predicate) every variable must already be bound.
    /// </summary>
    private void DeclareMatchedElement(PatternElement element, Scope scope, HashSet<string>? relationshipsHere, bool allowNew)
    {
        DeclareMatchedNode(element.Start, scope, allowNew);
        foreach (var step in element.Steps)
        {
            if (step.Group is { } group)
            {
                DeclareGroupVariables(group, scope, allowNew);
            }
            else
            {
                DeclareMatchedRelationship(step.Relationship, scope, relationshipsHere, allowNew);
            }

            DeclareMatchedNode(step.Node, scope, allowNew);
        }
    }

    /// <summary>
    /// The variables inside a quantified path pattern are group variables outside it: lists of nodes or of
    /// relationships. They are new by definition; Neo4j refuses one that is already bound.
    /// </summary>
    private static void DeclareGroupVariables(QuantifiedPath group, Scope scope, bool allowNew)
    {
        var relationships = group.Element.Relationships.Select(static r => r.Variable?.Name).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var variable in group.GroupVariables)
        {
            if (scope.Lookup(variable.Name) is not null || !allowNew)
            {
                SemanticErrors.Throw(
                    allowNew ? SemanticErrors.VariableAlreadyBound : SemanticErrors.UndefinedVariable,
                    $"The variable `{variable.Name}` of a quantified path pattern must be new here",
                    variable);
            }

            scope.Declare(variable.Name, StaticType.ListOf(relationships.Contains(variable.Name) ? StaticType.Relationship : StaticType.Node));
        }
    }

    /// <summary>One repetition's view of a quantified path pattern: its own variables as single nodes and relationships.</summary>
    private static Scope GroupScope(QuantifiedPath group, Scope before)
    {
        var inner = new Scope(before);
        foreach (var node in group.Element.Nodes)
        {
            if (node.Variable is { } variable && inner.Lookup(variable.Name) is null)
            {
                inner.Declare(variable.Name, StaticType.Node);
            }
        }

        foreach (var relationship in group.Element.Relationships)
        {
            if (relationship.Variable is { } variable && inner.Lookup(variable.Name) is null)
            {
                inner.Declare(variable.Name, StaticType.Relationship);
            }
        }

        return inner;
    }

    private static void DeclareMatchedNode(NodePattern node, Scope scope, bool allowNew)
    {
        if (node.Variable is not { } variable)
        {
            return;
        }

        var existing = scope.Lookup(variable.Name);
        if (existing is null)
        {
            if (!allowNew)
            {
                SemanticErrors.Throw(SemanticErrors.UndefinedVariable, $"Variable `{variable.Name}` not defined", variable);
            }

            scope.Declare(variable.Name, StaticType.Node);
        }
        else if (!existing.MayBe(TypeKind.Node))
        {
            SemanticErrors.Throw(
                SemanticErrors.VariableTypeConflict,
                $"Type mismatch: `{variable.Name}` defined with conflicting type {existing.Name} (expected NODE)",
                variable);
        }
    }

    private static void DeclareMatchedRelationship(RelationshipPattern relationship, Scope scope, HashSet<string>? relationshipsHere, bool allowNew)
    {
        if (relationship.Variable is not { } variable)
        {
            return;
        }

        var expected = relationship.IsVariableLength ? StaticType.ListOf(StaticType.Relationship) : StaticType.Relationship;
        var existing = scope.Lookup(variable.Name);
        if (existing is null)
        {
            if (!allowNew)
            {
                SemanticErrors.Throw(SemanticErrors.UndefinedVariable, $"Variable `{variable.Name}` not defined", variable);
            }

            scope.Declare(variable.Name, expected);
        }
        else if (relationshipsHere is not null && relationshipsHere.Contains(variable.Name))
        {
            SemanticErrors.Throw(
                SemanticErrors.RelationshipUniquenessViolation,
                $"Cannot use the same relationship variable `{variable.Name}` for multiple relationships in one pattern",
                variable);
        }
        else if (!(existing.MayBe(TypeKind.Relationship) || (relationship.IsVariableLength && existing.Kind == TypeKind.List)))
        {
            SemanticErrors.Throw(
                SemanticErrors.VariableTypeConflict,
                $"Type mismatch: `{variable.Name}` defined with conflicting type {existing.Name} (expected {expected.Name})",
                variable);
        }

        relationshipsHere?.Add(variable.Name);
    }

    /// <summary>The predicate of a parenthesized path pattern sees the whole pattern; a selector's count is a constant.</summary>
    private void CheckPathPattern(PatternPart part, Scope scope)
    {
        if (part.Where is { } where)
        {
            CheckPredicate(where, scope);
        }

        if (part.Selector?.Count is { } count)
        {
            Check(count, new Scope(null), ExpressionContext.Plain);
        }

        if (part.IsSelective && part.Kind != PathKind.All)
        {
            SemanticErrors.Throw(SemanticErrors.InvalidClauseComposition, "A path selector cannot be combined with shortestPath or allShortestPaths", part);
        }
    }

    private static void DeclarePathVariable(PatternPart part, Scope scope)
    {
        if (part.PathVariable is not { } path)
        {
            return;
        }

        if (scope.Lookup(path.Name) is not null)
        {
            SemanticErrors.Throw(SemanticErrors.VariableAlreadyBound, $"Variable `{path.Name}` already declared", path);
        }

        scope.Declare(path.Name, StaticType.Path);
    }

    /// <summary>Property maps of a pattern: evaluated in the scope; MATCH and MERGE do not take a parameter as the whole map.</summary>
    private void CheckPatternProperties(PatternElement element, Scope scope, bool allowParameters)
    {
        foreach (var group in element.Steps.Select(static s => s.Group).OfType<QuantifiedPath>())
        {
            CheckPatternProperties(group.Element, GroupScope(group, scope), allowParameters);
        }

        foreach (var node in element.Nodes)
        {
            CheckProperties(node.Properties, scope, allowParameters);
            CheckDynamicLabels(node.LabelExpression, scope);
        }

        foreach (var relationship in element.Relationships)
        {
            CheckProperties(relationship.Properties, scope, allowParameters);
            CheckDynamicLabels(relationship.TypeExpression, scope);
        }
    }

    /// <summary>The expressions of <c>:$(...)</c>, <c>:$any(...)</c>, <c>:$all(...)</c>, evaluated in the scope before the pattern.</summary>
    private void CheckDynamicLabels(LabelExpression? labels, Scope scope)
    {
        foreach (var expression in LabelDynamic.ExpressionsIn(labels))
        {
            Check(expression, scope, ExpressionContext.Plain);
        }
    }

    private static bool HasInlinePredicates(PatternPart part) =>
        part.Where is not null || HasInlinePredicates(part.Element);

    private static bool HasInlinePredicates(PatternElement element) =>
        element.Nodes.Any(static n => n.Where is not null) || element.Relationships.Any(static r => r.Where is not null)
        || element.Steps.Any(static s => s.Group is { } group && (group.Where is not null || HasInlinePredicates(group.Element)));

    /// <summary>
    /// The WHERE inside a node or relationship pattern sees the variables bound before the pattern and the
    /// element's own variable, not the other variables the same pattern introduces (as in Neo4j).
    /// </summary>
    private void CheckInlinePredicates(PatternElement element, Scope before, Scope after)
    {
        foreach (var node in element.Nodes)
        {
            CheckInlinePredicate(node.Where, node.Variable, before, after);
        }

        foreach (var relationship in element.Relationships)
        {
            // A quantified relationship's predicate holds for each relationship it crosses, one at a time.
            CheckInlinePredicate(relationship.Where, relationship.Variable, before, after, relationship.Quantifier is null ? null : StaticType.Relationship);
        }

        foreach (var group in element.Steps.Select(static s => s.Group).OfType<QuantifiedPath>())
        {
            var inner = GroupScope(group, before);
            CheckInlinePredicates(group.Element, inner, inner);
            if (group.Where is { } where)
            {
                CheckPredicate(where, inner);
            }
        }
    }

    private void CheckInlinePredicate(Expression? where, Variable? own, Scope before, Scope after, StaticType? ownType = null)
    {
        if (where is null)
        {
            return;
        }

        var local = new Scope(before);
        if (own is not null)
        {
            local.Declare(own.Name, ownType ?? after.Lookup(own.Name) ?? StaticType.Any);
        }

        CheckPredicate(where, local);
    }

    private void CheckProperties(Expression? properties, Scope scope, bool allowParameters)
    {
        if (properties is null)
        {
            return;
        }

        if (properties is Parameter && !allowParameters)
        {
            SemanticErrors.Throw(
                SemanticErrors.InvalidParameterUse,
                "Parameter maps cannot be used in MATCH or MERGE patterns; use a WHERE clause or one parameter per property",
                properties);
        }

        Check(properties, scope, ExpressionContext.Plain);
    }

    /// <summary>CREATE Pattern: every relationship new, directed, of one type and one hop; bound nodes only referenced.</summary>
    private void AnalyzeCreate(CreateClause create, Scope scope)
    {
        foreach (var part in create.Pattern.Parts)
        {
            DeclareCreatedPart(part, scope, "CREATE");
        }
    }

    /// <summary>MERGE PatternPart [ON CREATE SET ...] [ON MATCH SET ...].</summary>
    private void AnalyzeMerge(MergeClause merge, Scope scope)
    {
        DeclareCreatedPart(merge.Pattern, scope, "MERGE");
        foreach (var item in merge.OnCreate.Concat(merge.OnMatch))
        {
            AnalyzeSetItem(item, scope);
        }
    }

    private void DeclareCreatedPart(PatternPart part, Scope scope, string clause)
    {
        var element = part.Element;
        if (part.Selector is not null || element.Steps.Any(static s => s.Group is not null || s.Relationship.Quantifier is not null))
        {
            SemanticErrors.Throw(SemanticErrors.CreatingVarLength, $"Path selectors and quantified patterns cannot be used in {clause}", part);
        }

        var alone = element.Steps.Count == 0;
        DeclareCreatedNode(element.Start, scope, alone, clause);
        foreach (var step in element.Steps)
        {
            DeclareCreatedRelationship(step.Relationship, scope, clause);
            DeclareCreatedNode(step.Node, scope, alone: false, clause);
        }

        DeclarePathVariable(part, scope);
    }

    private void DeclareCreatedNode(NodePattern node, Scope scope, bool alone, string clause)
    {
        CheckProperties(node.Properties, scope, allowParameters: clause == "CREATE");
        if (node.Variable is not { } variable)
        {
            return;
        }

        var existing = scope.Lookup(variable.Name);
        if (existing is null)
        {
            scope.Declare(variable.Name, StaticType.Node);
            return;
        }

        if (!existing.MayBe(TypeKind.Node))
        {
            SemanticErrors.Throw(
                SemanticErrors.VariableTypeConflict,
                $"Type mismatch: `{variable.Name}` defined with conflicting type {existing.Name} (expected NODE)",
                variable);
        }

        if (alone || node.Labels.Count > 0 || node.Properties is not null)
        {
            SemanticErrors.Throw(
                SemanticErrors.VariableAlreadyBound,
                $"Can't {clause} `{variable.Name}` with labels or properties here: the variable is already declared",
                variable);
        }
    }

    private void DeclareCreatedRelationship(RelationshipPattern relationship, Scope scope, string clause)
    {
        if (relationship.Variable is { } variable && scope.Lookup(variable.Name) is not null)
        {
            SemanticErrors.Throw(SemanticErrors.VariableAlreadyBound, $"Can't {clause} relationship `{variable.Name}`: the variable is already declared", variable);
        }

        // $(expression) names the one type when the row is written; it fails then if it names several.
        if (relationship.Types.Count != 1 && relationship.TypeExpression is not LabelDynamic { Any: false })
        {
            SemanticErrors.Throw(
                SemanticErrors.NoSingleRelationshipType,
                $"A relationship to {clause} needs exactly one type, e.g. [:KNOWS]",
                relationship);
        }

        if (relationship.Direction == RelationshipDirection.Both && clause == "CREATE")
        {
            SemanticErrors.Throw(SemanticErrors.RequiresDirectedRelationship, "Only directed relationships can be created", relationship);
        }

        if (relationship.Length is not null)
        {
            SemanticErrors.Throw(SemanticErrors.CreatingVarLength, $"Variable-length relationships cannot be used in {clause}", relationship);
        }

        CheckProperties(relationship.Properties, scope, allowParameters: clause == "CREATE");
        if (relationship.Variable is { } declared)
        {
            scope.Declare(declared.Name, StaticType.Relationship);
        }
    }
}
