using System.Text.RegularExpressions;

namespace Chile1973.Graph.Tck.Execution;

/// <summary>The parameter and output names of a TCK procedure signature such as <c>test.my.proc(in :: INTEGER?) :: (out :: STRING?)</c>.</summary>
public sealed partial record ProcedureSignature(string Name, IReadOnlyList<string> Inputs, IReadOnlyList<string> Outputs)
{
    /// <summary>Reads a signature; throws <see cref="FormatException"/> when it is not one.</summary>
    public static ProcedureSignature Parse(string signature)
    {
        var match = Shape().Match(signature);
        if (!match.Success)
        {
            throw new FormatException($"Not a procedure signature: {signature}");
        }

        return new ProcedureSignature(match.Groups[1].Value, Names(match.Groups[2].Value), Names(match.Groups[3].Value));
    }

    /// <summary>
    /// Orders a table row by the signature, inputs then outputs, whatever the table's column order;
    /// a table whose header does not name the signature's columns is kept as written.
    /// </summary>
    public IReadOnlyList<object?> Arrange(IReadOnlyList<string> header, IReadOnlyList<object?> row)
    {
        var order = Inputs.Concat(Outputs).ToList();
        if (order.Count != header.Count || !order.All(header.Contains))
        {
            return row;
        }

        return order.Select(name => row[IndexOf(header, name)]).ToList();
    }

    private static int IndexOf(IReadOnlyList<string> header, string name)
    {
        for (var i = 0; i < header.Count; i++)
        {
            if (string.Equals(header[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static List<string> Names(string list) =>
        list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(item => item.Split("::", 2)[0].Trim())
            .ToList();

    [GeneratedRegex(@"^\s*([\w.]+)\s*\(([^)]*)\)\s*::\s*\(([^)]*)\)\s*$")]
    private static partial Regex Shape();
}
