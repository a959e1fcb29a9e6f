using Chile1973.Graph.Tck;

return await TckCommand.RunAsync(args, Console.Out, Console.Error, CancellationToken.None).ConfigureAwait(false);
