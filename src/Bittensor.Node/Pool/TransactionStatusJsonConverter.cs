using System.Text.Json;
using System.Text.Json.Serialization;
using Bittensor.Core.Primitives;

namespace Bittensor.Node.Pool;

/// <summary>Writes <see cref="TransactionStatus"/> as serde's externally tagged, camelCase enum (strings for unit variants).</summary>
internal sealed class TransactionStatusJsonConverter : JsonConverter<TransactionStatus>
{
    public override TransactionStatus Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return reader.GetString() switch
            {
                "future" => TransactionStatus.Future,
                "ready" => TransactionStatus.Ready,
                "dropped" => TransactionStatus.Dropped,
                "invalid" => TransactionStatus.Invalid,
                string other => throw new JsonException($"unknown transaction status \"{other}\""),
                null => throw new JsonException("null transaction status"),
            };
        }

        if (reader.TokenType != JsonTokenType.StartObject || !reader.Read() || reader.TokenType != JsonTokenType.PropertyName)
        {
            throw new JsonException("a transaction status is a string or an object with one property");
        }

        string name = reader.GetString()!;
        reader.Read();
        H256 hash = H256.Parse(reader.GetString() ?? throw new JsonException($"\"{name}\" needs a hash"));
        reader.Read();
        return name switch
        {
            "inBlock" => TransactionStatus.InBlock(hash),
            "finalized" => TransactionStatus.Finalized(hash),
            "usurped" => TransactionStatus.Usurped(hash),
            _ => throw new JsonException($"unknown transaction status \"{name}\""),
        };
    }

    public override void Write(Utf8JsonWriter writer, TransactionStatus value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        string? unit = value.Kind switch
        {
            TransactionStatusKind.Future => "future",
            TransactionStatusKind.Ready => "ready",
            TransactionStatusKind.Dropped => "dropped",
            TransactionStatusKind.Invalid => "invalid",
            _ => null,
        };
        if (unit is not null)
        {
            writer.WriteStringValue(unit);
            return;
        }

        writer.WriteStartObject();
        writer.WriteString(
            value.Kind switch
            {
                TransactionStatusKind.InBlock => "inBlock",
                TransactionStatusKind.Finalized => "finalized",
                _ => "usurped",
            },
            value.Hash.GetValueOrDefault().ToString());
        writer.WriteEndObject();
    }
}
