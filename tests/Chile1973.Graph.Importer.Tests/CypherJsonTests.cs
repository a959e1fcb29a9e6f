using System.Text.Json;
using Chile1973.Graph.Core.Values;
using Xunit;

namespace Chile1973.Graph.Importer.Tests;

public sealed class CypherJsonTests
{
    [Fact]
    public void Byte_array_is_written_as_base64_text_as_Neo4j_plain_JSON_writes_it()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            CypherJson.Write(writer, new Dictionary<string, object?> { ["picture"] = new byte[] { 0x03, 0x6F, 0xBF } });
        }

        using var written = JsonDocument.Parse(buffer.ToArray());
        Assert.Equal("A2+/", written.RootElement.GetProperty("picture").GetString());
    }
}
