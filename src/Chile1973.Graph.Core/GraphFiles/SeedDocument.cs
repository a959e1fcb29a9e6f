using System.Text;

namespace Chile1973.Graph.Core.GraphFiles;

/// <summary>
/// One source document from <c>seeds/</c>. Quotes are matched verbatim except that any run of white
/// space (line breaks included) counts as one space, so a curator may rewrap a quote freely.
/// </summary>
public sealed class SeedDocument
{
    private readonly string _normalized;
    private readonly string _folded;
    private readonly int[] _originalOffsets;
    private readonly int[] _lineStarts;

    /// <summary>Wraps the text of a seed document.</summary>
    public SeedDocument(string id, string text)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        Id = id;
        Text = text;
        (_normalized, _originalOffsets) = Normalize(text);
        _folded = FoldQuotes(_normalized);
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        _lineStarts = [.. lineStarts];
    }

    /// <summary>The document id: its file name without <c>.txt</c>.</summary>
    public string Id { get; }

    /// <summary>The full text as published.</summary>
    public string Text { get; }

    /// <summary>The number of lines.</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>True when the quote appears in the document (white-space runs compared as one space).</summary>
    public bool Contains(string quote) => Locate(quote) is not null;

    /// <summary>Finds the first occurrence of a quote, or null when the document does not contain it.</summary>
    public SeedPassage? Locate(string quote) => Locate(quote, foldQuotes: false);

    /// <summary>
    /// Finds the first occurrence of a quote, comparing typographic and straight quotation marks and
    /// apostrophes as equal too (a quote typed with <c>'</c> finds the article's <c>’</c>); null when absent.
    /// </summary>
    public SeedPassage? LocateLoosely(string quote) => Locate(quote, foldQuotes: false) ?? Locate(quote, foldQuotes: true);

    private SeedPassage? Locate(string quote, bool foldQuotes)
    {
        ArgumentNullException.ThrowIfNull(quote);
        var (needle, _) = Normalize(quote);
        needle = needle.Trim();
        if (needle.Length == 0)
        {
            return null;
        }

        var at = foldQuotes
            ? _folded.IndexOf(FoldQuotes(needle), StringComparison.Ordinal)
            : _normalized.IndexOf(needle, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var start = _originalOffsets[at];
        var end = _originalOffsets[at + needle.Length - 1] + 1;
        var (line, column) = LineAndColumn(start);
        return new SeedPassage(Id, start, end - start, line, column);
    }

    /// <summary>The 1-based line and column of a character offset.</summary>
    public (int Line, int Column) LineAndColumn(int offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        var index = Array.BinarySearch(_lineStarts, offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, offset - _lineStarts[line] + 1);
    }

    /// <summary>The text of a 1-based line, without its line break.</summary>
    public string GetLine(int line)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(line, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(line, _lineStarts.Length);
        var start = _lineStarts[line - 1];
        var end = line < _lineStarts.Length ? _lineStarts[line] - 1 : Text.Length;
        return Text[start..end].TrimEnd('\r');
    }

    // One character for one, so offsets into the folded text are offsets into the normalised text.
    private static string FoldQuotes(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = source[i] switch
            {
                '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u00B4' or '`' => '\'',
                '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' => '"',
                var c => c,
            };
        }
    });

    private static (string Text, int[] Offsets) Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var offsets = new List<int>(text.Length);
        var inSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                if (!inSpace)
                {
                    builder.Append(' ');
                    offsets.Add(i);
                    inSpace = true;
                }

                continue;
            }

            inSpace = false;
            builder.Append(text[i]);
            offsets.Add(i);
        }

        return (builder.ToString(), [.. offsets]);
    }
}
