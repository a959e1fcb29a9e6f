using Chile1973.Graph.Importer;

return await Cli.RunAsync(args, CliContext.System());
