using System.Globalization;
using System.Text;
using Bittensor.Core.Crypto;
using Bittensor.Core.Primitives;

namespace Bittensor.Sdk.Synapses;

/// <summary>
/// The signed messages of the synapse protocol and sr25519 signing/verification of them, as bittensor-wallet's
/// <c>Keypair.sign</c>/<c>verify</c> (UTF-8 text; signatures as <c>0x</c>-hex; verification also accepts the
/// polkadot.js <c>&lt;Bytes&gt;…&lt;/Bytes&gt;</c> wrapping).
/// </summary>
public static class SynapseSignatures
{
    /// <summary>
    /// The dendrite's request message (dendrite.py <c>preprocess_synapse_for_request</c>, axon.py <c>default_verify</c>):
    /// <c>{nonce}.{dendrite_hotkey}.{axon_hotkey}.{uuid}.{body_hash}</c>. Nulls print as <c>None</c>, as in the f-string.
    /// </summary>
    public static string RequestMessage(long? nonce, string? dendriteHotkey, string? axonHotkey, string? uuid, string? bodyHash) =>
        string.Create(CultureInfo.InvariantCulture, $"{Py(nonce)}.{Py(dendriteHotkey)}.{Py(axonHotkey)}.{Py(uuid)}.{Py(bodyHash)}");

    /// <summary>
    /// Upstream's axon message (axon.py <c>AxonMiddleware.preprocess</c>): <c>{axon_nonce}.{dendrite_hotkey}.{axon_hotkey}.{axon_uuid}</c>.
    /// It binds neither the response body nor the request; kept for interoperability.
    /// </summary>
    public static string LegacyResponseMessage(long? axonNonce, string? dendriteHotkey, string? axonHotkey, string? axonUuid) =>
        string.Create(CultureInfo.InvariantCulture, $"{Py(axonNonce)}.{Py(dendriteHotkey)}.{Py(axonHotkey)}.{Py(axonUuid)}");

    /// <summary>
    /// This SDK's response message, which binds the response to the request and its body:
    /// <c>bt-axon-response.{axon_nonce}.{dendrite_hotkey}.{axon_hotkey}.{axon_uuid}.{request_nonce}.{sha3_256_hex(response body)}</c>
    /// (for a streamed response the last part is <see cref="StreamBodyMarker"/>). The prefix keeps it apart from
    /// request messages, which start with a number, so an axon's signature can never pass as one of its hotkey's requests.
    /// </summary>
    public static string ResponseMessage(long? axonNonce, string? dendriteHotkey, string? axonHotkey, string? axonUuid, long? requestNonce, string responseBodyDigest) =>
        string.Create(CultureInfo.InvariantCulture, $"{ResponsePrefix}.{Py(axonNonce)}.{Py(dendriteHotkey)}.{Py(axonHotkey)}.{Py(axonUuid)}.{Py(requestNonce)}.{responseBodyDigest}");

    /// <summary>Domain-separation prefix of <see cref="ResponseMessage"/>.</summary>
    public const string ResponsePrefix = "bt-axon-response";

    /// <summary>The body part of <see cref="ResponseMessage"/> for streamed responses, whose body is unknown when headers are signed.</summary>
    public const string StreamBodyMarker = "stream";

    /// <summary>Signs UTF-8 <paramref name="message"/>; returns <c>0x</c> + 128 hex digits.</summary>
    public static string Sign(KeyPair signer, string message)
    {
        ArgumentNullException.ThrowIfNull(signer);
        ArgumentNullException.ThrowIfNull(message);
        return Hex.Encode(signer.Sign(Encoding.UTF8.GetBytes(message)));
    }

    /// <summary>
    /// Verifies a <c>0x</c>-hex sr25519 signature of UTF-8 <paramref name="message"/> by the SS58 <paramref name="signerSs58"/>.
    /// False for any malformed input; never throws.
    /// </summary>
    public static bool Verify(string? signerSs58, string message, string? signature)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (signerSs58 is null || signature is null || !Ss58.TryDecode(signerSs58, out byte[] publicKey, out _, out _))
        {
            return false;
        }

        return Verify(publicKey, Encoding.UTF8.GetBytes(message), signature);
    }

    /// <summary>Verifies a hex signature over <paramref name="message"/> bytes by a 32-byte sr25519 public key; raw first, then &lt;Bytes&gt;-wrapped.</summary>
    public static bool Verify(ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> message, string signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        ReadOnlySpan<char> hex = signature.AsSpan();
        if (hex.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            hex = hex[2..];
        }

        if (hex.Length != 128)
        {
            return false;
        }

        Span<byte> sig = stackalloc byte[64];
        if (Convert.FromHexString(hex, sig, out _, out int written) != System.Buffers.OperationStatus.Done || written != 64)
        {
            return false;
        }

        if (Sr25519.Verify(publicKey, message, sig))
        {
            return true;
        }

        byte[] wrapped = new byte[message.Length + 15];
        "<Bytes>"u8.CopyTo(wrapped);
        message.CopyTo(wrapped.AsSpan(7));
        "</Bytes>"u8.CopyTo(wrapped.AsSpan(7 + message.Length));
        return Sr25519.Verify(publicKey, wrapped, sig);
    }

    private static string Py(long? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : "None";

    private static string Py(string? value) => value ?? "None";
}
