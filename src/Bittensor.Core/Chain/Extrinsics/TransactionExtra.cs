namespace Bittensor.Core.Chain.Extrinsics;

/// <summary>
/// The explicit values the extensions put in a signed extrinsic ("extra"): era, nonce, tip and the CheckMetadataHash mode
/// (0 Disabled). Extensions not present in a schema ignore their field.
/// </summary>
public readonly record struct TransactionExtra(Era Era, uint Nonce, ulong Tip, byte MetadataHashMode = 0);
