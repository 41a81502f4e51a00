using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Bittensor.Cli.Infrastructure;

/// <summary>Writes exactly one JSON object on one line, the shape every <c>--json-output</c> promises.</summary>
public static class JsonOut
{
    private static readonly JsonWriterOptions s_options = new()
    {
        Indented = false,
        // Addresses and hex contain no characters that need escaping; keep non-ASCII readable too.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Object(Action<Utf8JsonWriter> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        using MemoryStream stream = new();
        using (Utf8JsonWriter writer = new(stream, s_options))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
