using System.Globalization;
using System.Text;

namespace Chile1973.Graph.Core.Explorer;

/// <summary>Folds text for search: no accents, lower case, runs of blanks as one space.</summary>
public static class NameFolding
{
    /// <summary>The folded form of <paramref name="text"/> ("Unidad Popular" and "unidad  popular" fold alike; "Pinochet Ugarte" matches "pinochet ugarte").</summary>
    public static string Fold(string text)
    {
        var ascii = true;
        foreach (var c in text)
        {
            if (c > 127)
            {
                ascii = false;
                break;
            }
        }

        var source = ascii ? text : text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(source.Length);
        var pendingSpace = false;
        foreach (var c in source)
        {
            if (!ascii && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }
}
