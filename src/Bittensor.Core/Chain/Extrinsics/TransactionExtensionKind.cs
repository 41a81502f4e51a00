namespace Bittensor.Core.Chain.Extrinsics;

/// <summary>
/// What a transaction extension contributes to the wire: its explicit part (in the extrinsic's "extra") and its implicit
/// part (only in the signing payload). Every extension that carries no data is <see cref="ZeroSized"/>.
/// </summary>
public enum TransactionExtensionKind
{
    /// <summary>No explicit and no implicit bytes (CheckNonZeroSender, CheckWeight, SudoTransactionExtension, …).</summary>
    ZeroSized,

    /// <summary>Implicit u32 spec_version.</summary>
    CheckSpecVersion,

    /// <summary>Implicit u32 transaction_version.</summary>
    CheckTxVersion,

    /// <summary>Implicit H256 genesis hash.</summary>
    CheckGenesis,

    /// <summary>Explicit Era; implicit H256 hash of the era's birth block.</summary>
    CheckMortality,

    /// <summary>Explicit Compact&lt;u32&gt; nonce.</summary>
    CheckNonce,

    /// <summary>Explicit Compact&lt;u64&gt; tip.</summary>
    ChargeTransactionPayment,

    /// <summary>Explicit u8 mode (0 Disabled, 1 Enabled); implicit Option&lt;[u8; 32]&gt; metadata hash.</summary>
    CheckMetadataHash,
}
