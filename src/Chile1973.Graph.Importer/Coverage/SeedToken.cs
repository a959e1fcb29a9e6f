namespace Chile1973.Graph.Importer.Coverage;

/// <summary>A word of a seed document, with what the name finder needs to know about its place.</summary>
/// <param name="Offset">Character offset of the word in the document.</param>
/// <param name="Text">The word as written, without a possessive <c>'s</c>.</param>
/// <param name="Folded">Lower case, no accents, straight apostrophes.</param>
/// <param name="Joined">True when only white space separates it from the previous word.</param>
/// <param name="SentenceStart">True at the start of a sentence, a paragraph or the document.</param>
internal sealed record SeedToken(int Offset, string Text, string Folded, bool Joined, bool SentenceStart)
{
    /// <summary>Starts with a capital letter.</summary>
    public bool IsCapitalised => char.IsUpper(Text[0]);
}
