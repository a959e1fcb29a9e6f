using System.Text.Json.Serialization;

namespace Chile1973.Graph.Stories;

/// <summary>How a step arranges its nodes on the canvas; in JSON, the lower-case name a story file uses.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<StoryLayout>))]
public enum StoryLayout
{
    /// <summary>The focused nodes with their neighbours around them.</summary>
    [JsonStringEnumMemberName("neighbourhood")]
    Neighbourhood,

    /// <summary>The nodes left to right by date.</summary>
    [JsonStringEnumMemberName("timeline")]
    Timeline,

    /// <summary>The nodes along the path the step's query returns.</summary>
    [JsonStringEnumMemberName("path")]
    Path,
}
