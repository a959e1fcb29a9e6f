using System.Globalization;
using System.Text;

namespace Chile1973.Graph.Core.GraphFiles;

/// <summary>One thing wrong in the graph files, located so a curator can go straight to it.</summary>
/// <param name="File">Path relative to the graph directory's parent, with <c>/</c> (<c>graph/nodes/persons.csv</c>).</param>
/// <param name="Line">1-based line in the file; 0 when the problem is about the file as a whole.</param>
/// <param name="Field">The column (<c>quote</c>, <c>:END_ID</c>), or <c>record</c>/<c>header</c>/<c>file</c>.</param>
public sealed record GraphProblem(string File, int Line, string Field, string Message)
{
    /// <summary>
    /// <c>path:line: field: message</c>, the form editors and terminals link to, always on one line: a control
    /// character or line separator quoted from a file (a stray carriage return, say) is shown as <c>\u000D</c>
    /// instead of moving the terminal's cursor or breaking the line.
    /// </summary>
    public override string ToString() => $"{Visible(File)}:{Line}: {Visible(Field)}: {Visible(Message)}";

    private static string Visible(string text)
    {
        if (!text.AsSpan().ContainsAny(Invisible))
        {
            return text;
        }

        var shown = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (Invisible.Contains(c))
            {
                shown.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                shown.Append(c);
            }
        }

        return shown.ToString();
    }

    // C0 and C1 controls, DEL, and the Unicode line and paragraph separators.
    private static readonly System.Buffers.SearchValues<char> Invisible = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(c => (char)c), (char)0x7F, .. Enumerable.Range(0x80, 0x20).Select(c => (char)c), '\u2028', '\u2029']);
}
