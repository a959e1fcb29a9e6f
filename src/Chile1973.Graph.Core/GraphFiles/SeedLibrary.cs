namespace Chile1973.Graph.Core.GraphFiles;

/// <summary>The source documents of <c>seeds/</c>, by id (file name without <c>.txt</c>).</summary>
public sealed class SeedLibrary
{
    private readonly Dictionary<string, SeedDocument> _documents;

    /// <summary>A library of the given documents.</summary>
    public SeedLibrary(IEnumerable<SeedDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        _documents = documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
    }

    /// <summary>The documents, ordered by id.</summary>
    public IReadOnlyList<SeedDocument> Documents => [.. _documents.Values.OrderBy(d => d.Id, StringComparer.Ordinal)];

    /// <summary>Reads every <c>*.txt</c> file of a directory (UTF-8).</summary>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist.</exception>
    public static SeedLibrary Load(string seedsDirectory)
    {
        ArgumentNullException.ThrowIfNull(seedsDirectory);
        if (!Directory.Exists(seedsDirectory))
        {
            throw new DirectoryNotFoundException($"Seeds directory '{seedsDirectory}' does not exist.");
        }

        return new SeedLibrary(Directory.EnumerateFiles(seedsDirectory, "*.txt")
            .Select(path => new SeedDocument(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path))));
    }

    /// <summary>The document with an id, if the library has it.</summary>
    public bool TryGet(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SeedDocument? document) =>
        _documents.TryGetValue(id, out document);

    /// <summary>Where a quote sits in the named document; null when the document is unknown or lacks the quote.</summary>
    public SeedPassage? Locate(string documentId, string quote) =>
        TryGet(documentId, out var document) ? document.Locate(quote) : null;
}
