namespace Bittensor.Core.Crypto;

/// <summary>Signature schemes of Substrate accounts (sp_runtime::MultiSignature variants 1 and 0).</summary>
public enum KeyScheme
{
    /// <summary>Schnorrkel on ristretto255 (the default for Substrate and Bittensor accounts).</summary>
    Sr25519,

    /// <summary>RFC 8032 Ed25519.</summary>
    Ed25519,
}
