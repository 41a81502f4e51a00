using System.Text.Json;
using System.Text.Json.Serialization;
using Bittensor.Core.Primitives;

namespace Bittensor.Node.Rpc.Json;

/// <summary>
/// <c>byte[]</c> as Substrate's <c>Bytes</c>: a <c>0x</c>-prefixed lower-case hex string (STJ's default would be
/// base64). Reading accepts hex with or without <c>0x</c>. Add it to every RPC <c>JsonSerializerContext</c>
/// (<c>[JsonSourceGenerationOptions(Converters = [typeof(HexBytesJsonConverter)])]</c>).
/// </summary>
internal sealed class HexBytesJsonConverter : JsonConverter<byte[]>
{
    public override byte[]? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"expected a hex string, got {reader.TokenType}");
        }

        string text = reader.GetString()!;
        return Hex.TryDecode(text, out byte[]? bytes, out string? error) ? bytes : throw new JsonException(error);
    }

    public override void Write(Utf8JsonWriter writer, byte[] value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(Hex.Encode(value));
    }
}
