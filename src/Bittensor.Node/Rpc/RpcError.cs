using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Bittensor.Node.Rpc.Json;

namespace Bittensor.Node.Rpc;

/// <summary>
/// A JSON-RPC error object: <c>{"code":…,"message":…,"data":…}</c> (data omitted when absent). The standard ones and
/// Substrate's custom ones are in <see cref="RpcErrors"/>; a handler returns one by throwing <see cref="RpcException"/>.
/// </summary>
internal sealed class RpcError
{
    public RpcError(int code, string message, JsonElement? data = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        Code = code;
        Message = message;
        Data = data;
    }

    public int Code { get; }

    public string Message { get; }

    /// <summary>Arbitrary JSON; Substrate mostly sends a string (e.g. the <c>InvalidTransaction</c> text of a 1010).</summary>
    public JsonElement? Data { get; }

    /// <summary>An error whose data is a JSON string (or absent when <paramref name="data"/> is null).</summary>
    public static RpcError WithText(int code, string message, string? data) =>
        new(code, message, data is null ? null : JsonSerializer.SerializeToElement(data, RpcJsonContext.Default.String));

    /// <summary>An error whose data is any value with source-generated JSON metadata.</summary>
    public static RpcError WithData<T>(int code, string message, T data, JsonTypeInfo<T> dataType) =>
        new(code, message, JsonSerializer.SerializeToElement(data, dataType));

    /// <summary>This error as an exception to throw from a handler.</summary>
    public RpcException ToException() => new(this);

    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteNumber("code", Code);
        writer.WriteString("message", Message);
        if (Data is { } data)
        {
            writer.WritePropertyName("data");
            data.WriteTo(writer);
        }

        writer.WriteEndObject();
    }

    public override string ToString() => Data is { } data ? $"{Code}: {Message} ({data.GetRawText()})" : $"{Code}: {Message}";
}
