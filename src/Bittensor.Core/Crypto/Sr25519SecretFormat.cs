namespace Bittensor.Core.Crypto;

/// <summary>The two 64-byte serialisations of an sr25519 secret key in the wild.</summary>
public enum Sr25519SecretFormat
{
    /// <summary>schnorrkel <c>SecretKey::to_bytes</c>: scalar x ‖ nonce (sp_core <c>to_raw_vec</c>, py-sr25519-bindings, bittensor keyfiles).</summary>
    Schnorrkel,

    /// <summary>schnorrkel <c>SecretKey::to_ed25519_bytes</c>: (8·x) ‖ nonce (polkadot.js <c>secretKey</c>).</summary>
    Ed25519,
}
