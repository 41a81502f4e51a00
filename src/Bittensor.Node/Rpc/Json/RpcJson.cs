using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Bittensor.Node.Rpc.Json;

/// <summary>
/// The server's one way of writing JSON: escaping only what JSON requires (quotes, backslashes, control characters),
/// as serde_json does, so text such as <c>Custom error: "x"</c> or non-ASCII names reads the same as from Substrate.
/// </summary>
internal static class RpcJson
{
    /// <summary>Writer options for every message the server sends.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary><paramref name="value"/> as UTF-8 JSON.</summary>
    public static byte[] Serialize<T>(T value, JsonTypeInfo<T> type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var buffer = new ArrayBufferWriter<byte>(64);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            JsonSerializer.Serialize(writer, value, type);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
