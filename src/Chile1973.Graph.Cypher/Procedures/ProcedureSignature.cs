namespace Chile1973.Graph.Cypher.Procedures;

/// <summary>Parses procedure signatures: <c>test.my.proc(name :: STRING?, in :: INTEGER?) :: (out :: INTEGER?)</c>.</summary>
internal static class ProcedureSignature
{
    public static (string Name, List<ProcedureField> Inputs, List<ProcedureField> Outputs) Parse(string signature)
    {
        var open = signature.IndexOf('(', StringComparison.Ordinal);
        var close = signature.IndexOf(')', StringComparison.Ordinal);
        var separator = close < 0 ? -1 : signature.IndexOf("::", close, StringComparison.Ordinal);
        if (open < 0 || close < open || separator < 0)
        {
            throw new CypherException(CypherErrorKind.ProcedureError, "InvalidSignature",
                $"'{signature}' is not a procedure signature like name(in :: TYPE) :: (out :: TYPE).", CypherErrorPhase.CompileTime);
        }

        var name = signature[..open].Trim();
        var inputs = Fields(signature[(open + 1)..close]);
        var rest = signature[(separator + 2)..].Trim();
        var outputs = Fields(rest.TrimStart('(').TrimEnd(')'));
        return (name, inputs, outputs);
    }

    private static List<ProcedureField> Fields(string text)
    {
        var fields = new List<ProcedureField>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colons = part.IndexOf("::", StringComparison.Ordinal);
            fields.Add(colons < 0
                ? new ProcedureField(part, "ANY?")
                : new ProcedureField(part[..colons].Trim(), part[(colons + 2)..].Trim()));
        }

        return fields;
    }
}
