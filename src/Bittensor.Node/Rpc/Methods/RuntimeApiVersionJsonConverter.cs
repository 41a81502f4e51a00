using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bittensor.Node.Rpc.Methods;

/// <summary>Writes and reads <see cref="RuntimeApiVersionJson"/> as a two-element array <c>["0x…", n]</c>.</summary>
internal sealed class RuntimeApiVersionJsonConverter : JsonConverter<RuntimeApiVersionJson>
{
    public override RuntimeApiVersionJson Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray || !reader.Read() || reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("expected [\"0x<api id>\", version]");
        }

        string id = reader.GetString()!;
        if (!reader.Read() || reader.TokenType != JsonTokenType.Number || !reader.TryGetUInt32(out uint version) || !reader.Read() || reader.TokenType != JsonTokenType.EndArray)
        {
            throw new JsonException("expected [\"0x<api id>\", version]");
        }

        return new RuntimeApiVersionJson(id, version);
    }

    public override void Write(Utf8JsonWriter writer, RuntimeApiVersionJson value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartArray();
        writer.WriteStringValue(value.Id);
        writer.WriteNumberValue(value.Version);
        writer.WriteEndArray();
    }
}
