namespace Chile1973.Graph.Core.GraphFiles;

/// <summary>The syntax of node ids, relationship ids and relationship types.</summary>
public static class GraphIds
{
    /// <summary>Lower snake case: <c>salvador_allende</c>.</summary>
    public static bool IsNodeId(string id) => IsSnake(id, char.IsAsciiLetterLower);

    /// <summary>UPPER_SNAKE: <c>MEMBER_OF</c>.</summary>
    public static bool IsRelationshipType(string type) =>
        IsSnake(type, char.IsAsciiLetterUpper) && char.IsAsciiLetterUpper(type[0]);

    /// <summary>Letters, digits, <c>_</c> and <c>-</c>, starting and ending with a letter or digit.</summary>
    public static bool IsRelationshipId(string id)
    {
        if (string.IsNullOrEmpty(id) || !char.IsAsciiLetterOrDigit(id[0]) || !char.IsAsciiLetterOrDigit(id[^1]))
        {
            return false;
        }

        foreach (var c in id)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The id of a relationship whose <c>id</c> cell is empty: <c>start-TYPE-end</c>.</summary>
    public static string DeriveRelationshipId(string startId, string type, string endId) => $"{startId}-{type}-{endId}";

    private static bool IsSnake(string text, Func<char, bool> isLetter)
    {
        if (string.IsNullOrEmpty(text) || text[0] == '_' || text[^1] == '_')
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '_' ? text[i - 1] == '_' : !(isLetter(c) || char.IsAsciiDigit(c)))
            {
                return false;
            }
        }

        return true;
    }
}
