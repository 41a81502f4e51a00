using System.Text.Json.Serialization;

namespace Bittensor.Sdk.Synapses;

/// <summary>
/// One end of a synapse call (bittensor <c>TerminalInfo</c>): the dendrite (caller) or the axon (server). Every field
/// is optional; on the wire they travel as <c>bt_header_dendrite_*</c> / <c>bt_header_axon_*</c> headers and inside
/// the JSON body.
/// </summary>
public sealed class TerminalInfo
{
    /// <summary>HTTP status code of the call as this terminal saw it.</summary>
    [JsonPropertyName("status_code")]
    public int? StatusCode { get; set; }

    /// <summary>Message that goes with <see cref="StatusCode"/>.</summary>
    [JsonPropertyName("status_message")]
    public string? StatusMessage { get; set; }

    /// <summary>Processing time on this terminal, in seconds.</summary>
    [JsonPropertyName("process_time")]
    public double? ProcessTime { get; set; }

    /// <summary>IP address of the terminal.</summary>
    [JsonPropertyName("ip")]
    public string? Ip { get; set; }

    /// <summary>TCP port of the terminal.</summary>
    [JsonPropertyName("port")]
    public int? Port { get; set; }

    /// <summary>SDK version as major·10⁶ + minor·10³ + patch.</summary>
    [JsonPropertyName("version")]
    public long? Version { get; set; }

    /// <summary>Nanoseconds since the Unix epoch when the terminal signed (replay protection).</summary>
    [JsonPropertyName("nonce")]
    public long? Nonce { get; set; }

    /// <summary>Identifier of the terminal instance (one per dendrite / axon).</summary>
    [JsonPropertyName("uuid")]
    public string? Uuid { get; set; }

    /// <summary>SS58 address of the terminal's hotkey.</summary>
    [JsonPropertyName("hotkey")]
    public string? Hotkey { get; set; }

    /// <summary><c>0x</c>-hex sr25519 signature made by <see cref="Hotkey"/>.</summary>
    [JsonPropertyName("signature")]
    public string? Signature { get; set; }

    /// <summary>A field-by-field copy.</summary>
    public TerminalInfo Clone() => (TerminalInfo)MemberwiseClone();

    /// <summary>Overwrites this instance's fields with every non-null field of <paramref name="other"/> (upstream's header merge).</summary>
    public void MergeFrom(TerminalInfo? other)
    {
        if (other is null)
        {
            return;
        }

        StatusCode = other.StatusCode ?? StatusCode;
        StatusMessage = other.StatusMessage ?? StatusMessage;
        ProcessTime = other.ProcessTime ?? ProcessTime;
        Ip = other.Ip ?? Ip;
        Port = other.Port ?? Port;
        Version = other.Version ?? Version;
        Nonce = other.Nonce ?? Nonce;
        Uuid = other.Uuid ?? Uuid;
        Hotkey = other.Hotkey ?? Hotkey;
        Signature = other.Signature ?? Signature;
    }
}
