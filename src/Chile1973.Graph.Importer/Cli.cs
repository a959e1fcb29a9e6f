using Chile1973.Graph.Importer.Commands;

namespace Chile1973.Graph.Importer;

/// <summary>The command line: every command and how they are invoked.</summary>
public static class Cli
{
    /// <summary>Builds the root command with all commands, writing through <paramref name="context"/>.</summary>
    public static RootCommand Build(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var root = new RootCommand("Check, explore, query and export the Chile 1973 knowledge graph.");
        root.Subcommands.Add(ValidateCommand.Create(context));
        root.Subcommands.Add(StatsCommand.Create(context));
        root.Subcommands.Add(ExportCommand.Create(context));
        root.Subcommands.Add(CoverageCommand.Create(context));
        root.Subcommands.Add(QueryCommand.Create(context));
        root.Subcommands.Add(LoadCommand.Create(context));
        return root;
    }

    /// <summary>Parses and runs a command line; returns the exit code (0 ok, 1 problems or errors).</summary>
    public static Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var configuration = new InvocationConfiguration { Output = context.Out, Error = context.Error };
        return Build(context).Parse(args).InvokeAsync(configuration, cancellationToken);
    }
}
