using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Bittensor.Core.Primitives;

namespace Bittensor.Node.Rpc;

/// <summary>
/// The <c>params</c> of a request: positional (an array, as both polkadot.js and the Python SDK send) or named (an
/// object keyed by the parameter names Substrate uses, e.g. <c>{"hash": …}</c>). Each getter takes both the position
/// and the name, so a handler serves both forms. Wrong or missing values throw <see cref="RpcException"/> with -32602
/// Invalid params, which the dispatcher turns into the error response.
/// </summary>
/// <remarks>The wrapped <see cref="JsonElement"/> lives only for the call; <c>Clone()</c> anything kept beyond it.</remarks>
internal readonly struct RpcParams
{
    private readonly JsonElement _element;

    /// <param name="element">An array, an object, or <see cref="JsonValueKind.Undefined"/>/<see cref="JsonValueKind.Null"/> for none.</param>
    public RpcParams(JsonElement element)
    {
        if (element.ValueKind is not (JsonValueKind.Array or JsonValueKind.Object or JsonValueKind.Undefined or JsonValueKind.Null))
        {
            throw new ArgumentException("params must be an array, an object or absent", nameof(element));
        }

        _element = element;
    }

    /// <summary>No parameters.</summary>
    public static RpcParams None => default;

    /// <summary>True when the parameters came as an object.</summary>
    public bool IsNamed => _element.ValueKind == JsonValueKind.Object;

    /// <summary>Number of positional values, or of properties for named parameters.</summary>
    public int Count => _element.ValueKind switch
    {
        JsonValueKind.Array => _element.GetArrayLength(),
        JsonValueKind.Object => _element.EnumerateObject().Count(),
        _ => 0,
    };

    /// <summary>The raw value at <paramref name="index"/> (positional) or <paramref name="name"/> (named); false when absent.</summary>
    public bool TryGetElement(int index, string name, out JsonElement value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        switch (_element.ValueKind)
        {
            case JsonValueKind.Array when index < _element.GetArrayLength():
                value = _element[index];
                return true;
            case JsonValueKind.Object when _element.TryGetProperty(name, out JsonElement property):
                value = property;
                return true;
            default:
                value = default;
                return false;
        }
    }

    /// <summary>The value, or null when absent or JSON <c>null</c> (Substrate's <c>Option&lt;T&gt;</c> parameters).</summary>
    public JsonElement? GetOptionalElement(int index, string name) =>
        TryGetElement(index, name, out JsonElement value) && value.ValueKind != JsonValueKind.Null ? value : null;

    /// <summary>The value; Invalid params when absent or null.</summary>
    public JsonElement GetElement(int index, string name) => GetOptionalElement(index, name) ?? throw Missing(index, name);

    /// <summary>A required value deserialized with source-generated metadata.</summary>
    public T Get<T>(int index, string name, JsonTypeInfo<T> type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return Convert(GetElement(index, name), index, name, type)!;
    }

    /// <summary>An optional value (absent or null gives <c>default</c>).</summary>
    public T? GetOptional<T>(int index, string name, JsonTypeInfo<T> type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return GetOptionalElement(index, name) is { } element ? Convert(element, index, name, type) : default;
    }

    public string GetString(int index, string name) => AsString(GetElement(index, name), index, name);

    public string? GetOptionalString(int index, string name) => GetOptionalElement(index, name) is { } e ? AsString(e, index, name) : null;

    /// <summary>
    /// Bytes given as hex, with or without <c>0x</c>; the empty string is zero bytes (the Python SDK sends
    /// <c>state_call</c> data that way).
    /// </summary>
    public byte[] GetBytes(int index, string name) => AsBytes(GetElement(index, name), index, name);

    public byte[]? GetOptionalBytes(int index, string name) => GetOptionalElement(index, name) is { } e ? AsBytes(e, index, name) : null;

    public ulong GetUInt64(int index, string name)
    {
        JsonElement element = GetElement(index, name);
        return element.ValueKind == JsonValueKind.Number && element.TryGetUInt64(out ulong value)
            ? value
            : throw Invalid(index, name, "an unsigned 64-bit integer", element);
    }

    public uint GetUInt32(int index, string name)
    {
        JsonElement element = GetElement(index, name);
        return element.ValueKind == JsonValueKind.Number && element.TryGetUInt32(out uint value)
            ? value
            : throw Invalid(index, name, "an unsigned 32-bit integer", element);
    }

    public bool GetBoolean(int index, string name)
    {
        JsonElement element = GetElement(index, name);
        return element.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Invalid(index, name, "a boolean", element),
        };
    }

    /// <summary>An Invalid params exception naming the parameter.</summary>
    public static RpcException Invalid(int index, string name, string expected, JsonElement got) =>
        RpcErrors.InvalidParams(string.Create(
            CultureInfo.InvariantCulture,
            $"parameter '{name}' (position {index}): expected {expected}, got {Describe(got)}")).ToException();

    private static RpcException Missing(int index, string name) =>
        RpcErrors.InvalidParams(string.Create(CultureInfo.InvariantCulture, $"missing required parameter '{name}' (position {index})")).ToException();

    private static string AsString(JsonElement element, int index, string name) =>
        element.ValueKind == JsonValueKind.String ? element.GetString()! : throw Invalid(index, name, "a string", element);

    private static byte[] AsBytes(JsonElement element, int index, string name)
    {
        if (element.ValueKind != JsonValueKind.String)
        {
            throw Invalid(index, name, "a hex string", element);
        }

        if (!Hex.TryDecode(element.GetString(), out byte[]? bytes, out string? error))
        {
            throw RpcErrors.InvalidParams(string.Create(CultureInfo.InvariantCulture, $"parameter '{name}' (position {index}): {error}")).ToException();
        }

        return bytes;
    }

    private static T? Convert<T>(JsonElement element, int index, string name, JsonTypeInfo<T> type)
    {
        try
        {
            return element.Deserialize(type);
        }
        catch (JsonException ex)
        {
            throw RpcErrors.InvalidParams(string.Create(CultureInfo.InvariantCulture, $"parameter '{name}' (position {index}): {ex.Message}")).ToException();
        }
        catch (FormatException ex)
        {
            throw RpcErrors.InvalidParams(string.Create(CultureInfo.InvariantCulture, $"parameter '{name}' (position {index}): {ex.Message}")).ToException();
        }
    }

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number " + element.GetRawText(),
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}
