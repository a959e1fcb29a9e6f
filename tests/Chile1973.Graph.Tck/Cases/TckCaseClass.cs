namespace Chile1973.Graph.Tck.Cases;

/// <summary>The TCK's three kinds of test case, reported separately.</summary>
public enum TckCaseClass
{
    /// <summary>The query under test only reads.</summary>
    ReadOnly,

    /// <summary>The query under test has a write clause.</summary>
    Write,

    /// <summary>The scenario expects an error.</summary>
    Error,
}
