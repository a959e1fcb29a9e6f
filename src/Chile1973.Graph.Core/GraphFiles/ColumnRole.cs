namespace Chile1973.Graph.Core.GraphFiles;

/// <summary>What a header column means in the <c>neo4j-admin database import</c> format.</summary>
public enum ColumnRole
{
    /// <summary>A property column (<c>name</c>, <c>members_1972:int</c>).</summary>
    Property,

    /// <summary><c>id:ID</c>: the node id.</summary>
    Id,

    /// <summary><c>:LABEL</c>: the node's label.</summary>
    Label,

    /// <summary><c>:START_ID</c>: the node a relationship leaves.</summary>
    StartId,

    /// <summary><c>:END_ID</c>: the node a relationship enters.</summary>
    EndId,

    /// <summary><c>:TYPE</c>: the relationship type.</summary>
    Type,
}
