namespace Chile1973.Graph.Importer.Commands;

/// <summary>What a command's work on the engine is given: the engine, its command line and the engine options read from it.</summary>
internal sealed record EngineRun(ICypherEngine Engine, ParseResult ParseResult, EngineOptions Options, CancellationToken CancellationToken);
