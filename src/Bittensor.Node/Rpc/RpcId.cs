using System.Text.Json;

namespace Bittensor.Node.Rpc;

/// <summary>
/// A request id kept as the exact JSON text the client sent (a number, a string or null), so the response echoes it
/// byte for byte: polkadot.js sends integers, the Python SDK strings, and a number like <c>1.50</c> stays <c>1.50</c>.
/// </summary>
internal readonly struct RpcId : IEquatable<RpcId>
{
    private readonly string? _raw;

    private RpcId(string raw) => _raw = raw;

    public static RpcId Null => default;

    /// <summary>The JSON text of the id; "null" for <see cref="Null"/>.</summary>
    public string RawJson => _raw ?? "null";

    /// <summary>Reads an id; false for kinds JSON-RPC does not allow (objects, arrays, booleans).</summary>
    public static bool TryFrom(JsonElement element, out RpcId id)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Number:
            case JsonValueKind.String:
                id = new RpcId(element.GetRawText());
                return true;
            case JsonValueKind.Null:
                id = Null;
                return true;
            default:
                id = Null;
                return false;
        }
    }

    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (_raw is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            // The text came out of a parsed document, so it is one valid JSON value.
            writer.WriteRawValue(_raw, skipInputValidation: true);
        }
    }

    public bool Equals(RpcId other) => string.Equals(RawJson, other.RawJson, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is RpcId other && Equals(other);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(RawJson);

    public override string ToString() => RawJson;

    public static bool operator ==(RpcId left, RpcId right) => left.Equals(right);

    public static bool operator !=(RpcId left, RpcId right) => !left.Equals(right);
}
