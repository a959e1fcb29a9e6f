using Chile1973.Graph.Neo4j;

namespace Chile1973.Graph.Importer.Commands;

/// <summary>Opens the Neo4j engine for a command run with <c>--target neo4j</c>.</summary>
internal static class Neo4jTarget
{
    /// <summary>The engine, or a <see cref="CypherException"/> naming every bad option.</summary>
    public static EngineLease Open(Neo4jTargetOptions options, ParseResult parseResult, CliContext context)
    {
        using var problems = new StringWriter();
        if (options.ResolveChecked(parseResult, problems) is not { } resolved)
        {
            throw new CypherException(CypherErrorKind.Unavailable, "InvalidOptions",
                problems.ToString().Replace("error: ", string.Empty, StringComparison.Ordinal).Trim(), CypherErrorPhase.CompileTime);
        }

        return new EngineLease(Neo4jEngineFactory.Create(resolved, new WriterLoggerFactory(context.Error)));
    }
}
