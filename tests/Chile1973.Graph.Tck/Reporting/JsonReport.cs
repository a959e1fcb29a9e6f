using System.Text.Json;
using Chile1973.Graph.Tck.Execution;

namespace Chile1973.Graph.Tck.Reporting;

/// <summary>Writes per-case results as a JSON array of <c>{ id, name, status, class, message, milliseconds }</c>.</summary>
public static class JsonReport
{
    /// <summary>Writes the results to <paramref name="path"/>, replacing the file.</summary>
    public static async Task WriteAsync(string path, IReadOnlyList<TckResult> results, CancellationToken cancellationToken)
    {
        var stream = File.Create(path);
        await using (stream.ConfigureAwait(false))
        {
            var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
            await using (writer.ConfigureAwait(false))
            {
                writer.WriteStartArray();
                foreach (var result in results)
                {
                    writer.WriteStartObject();
                    writer.WriteString("id", result.Case.Id);
                    writer.WriteString("name", result.Case.Name);
                    writer.WriteString("status", result.Status.ToString().ToLowerInvariant());
                    writer.WriteString("class", ConsoleReport.ClassName(result.Case.Class));
                    if (result.Message is null)
                    {
                        writer.WriteNull("message");
                    }
                    else
                    {
                        writer.WriteString("message", result.Message);
                    }

                    writer.WriteNumber("milliseconds", Math.Round(result.Elapsed.TotalMilliseconds, 1));
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
