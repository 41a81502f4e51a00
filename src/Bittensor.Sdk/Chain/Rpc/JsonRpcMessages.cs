using System.Buffers;
using System.Collections;
using System.Text.Json;

namespace Bittensor.Sdk.Chain.Rpc;

/// <summary>Writes JSON-RPC request frames. Parameters are plain values: strings, numbers, booleans, null, JsonElement, or sequences of them.</summary>
internal static class JsonRpcMessages
{
    public static byte[] Request(long id, string method, IReadOnlyList<object?> parameters)
    {
        ArrayBufferWriter<byte> buffer = new(256);
        using (Utf8JsonWriter writer = new(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("jsonrpc", "2.0");
            writer.WriteNumber("id", id);
            writer.WriteString("method", method);
            writer.WritePropertyName("params");
            WriteValue(writer, parameters, 0);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static void WriteValue(Utf8JsonWriter writer, object? value, int depth)
    {
        if (depth > 16)
        {
            throw new ArgumentException("JSON-RPC parameters nest deeper than 16 levels");
        }

        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case byte or ushort or uint or int or short or sbyte or long:
                writer.WriteNumberValue(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
            case ulong u:
                writer.WriteNumberValue(u);
                break;
            case JsonElement e:
                e.WriteTo(writer);
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (object? item in items)
                {
                    WriteValue(writer, item, depth + 1);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"a JSON-RPC parameter of type {value.GetType().Name} is not supported; pass strings, integers, booleans, null, JsonElement or sequences");
        }
    }
}
