using Chile1973.Graph.Neo4j;

namespace Chile1973.Graph.Importer.Commands;

/// <summary>
/// The <c>--uri</c>, <c>--user</c>, <c>--password</c> and <c>--database</c> options of commands that
/// talk to Neo4j. Defaults come from <c>NEO4J_URI</c>, <c>NEO4J_USER</c>, <c>NEO4J_PASSWORD</c> and
/// <c>NEO4J_DATABASE</c>, so a password need not appear on a command line.
/// </summary>
internal sealed class Neo4jTargetOptions
{
    public Option<string> Uri { get; } = new("--uri")
    {
        Description = "Neo4j's HTTP address (default: $NEO4J_URI or http://localhost:7474)",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("NEO4J_URI") is { Length: > 0 } uri ? uri : "http://localhost:7474",
    };

    public Option<string> User { get; } = new("--user")
    {
        Description = "Neo4j user (default: $NEO4J_USER or neo4j)",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("NEO4J_USER") is { Length: > 0 } user ? user : "neo4j",
    };

    public Option<string?> Password { get; } = new("--password")
    {
        Description = "Neo4j password (default: $NEO4J_PASSWORD)",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("NEO4J_PASSWORD"),
    };

    public Option<string> Database { get; } = new("--database")
    {
        Description = "Neo4j database (default: $NEO4J_DATABASE or neo4j)",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("NEO4J_DATABASE") is { Length: > 0 } db ? db : "neo4j",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Uri);
        command.Options.Add(User);
        command.Options.Add(Password);
        command.Options.Add(Database);
    }

    /// <summary>The engine options from the parsed command line.</summary>
    public Neo4jOptions Resolve(ParseResult parseResult) => new()
    {
        Uri = System.Uri.TryCreate(parseResult.GetValue(Uri), UriKind.Absolute, out var uri) ? uri : null,
        User = parseResult.GetValue(User),
        Password = parseResult.GetValue(Password),
        Database = parseResult.GetValue(Database) ?? "neo4j",
    };

    /// <summary>The engine options, or every problem with them.</summary>
    public Neo4jOptions? ResolveChecked(ParseResult parseResult, TextWriter error)
    {
        var options = Resolve(parseResult);
        var problems = Neo4jOptionsValidator.Problems(options)
            .Select(p => p.StartsWith("Neo4j:Uri is required", StringComparison.Ordinal)
                ? $"--uri must be an absolute http:// or https:// address (the Query API), not '{parseResult.GetValue(Uri)}'."
                : p)
            .Select(p => p.Replace("Neo4j:Uri", "--uri", StringComparison.Ordinal)
                .Replace("Neo4j:User", "--user", StringComparison.Ordinal)
                .Replace("Neo4j:Password", "--password (or NEO4J_PASSWORD)", StringComparison.Ordinal)
                .Replace("Neo4j:Database", "--database", StringComparison.Ordinal))
            .ToList();
        foreach (var problem in problems)
        {
            error.WriteLine($"error: {problem}");
        }

        return problems.Count == 0 ? options : null;
    }
}
