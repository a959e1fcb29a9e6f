namespace Chile1973.Graph.Core.GraphFiles;

/// <summary>The value types a property column may declare.</summary>
public enum PropertyType
{
    /// <summary><c>string</c>, the default.</summary>
    String,

    /// <summary><c>int</c> or <c>long</c>: a 64-bit integer.</summary>
    Integer,

    /// <summary><c>float</c> or <c>double</c>: a 64-bit float.</summary>
    Float,

    /// <summary><c>boolean</c>: <c>true</c> or <c>false</c>.</summary>
    Boolean,
}
