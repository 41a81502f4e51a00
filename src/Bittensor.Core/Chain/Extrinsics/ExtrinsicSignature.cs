namespace Bittensor.Core.Chain.Extrinsics;

/// <summary>The signed part of a v4 extrinsic: who signed (address), the signature and the explicit extension values.</summary>
public sealed record ExtrinsicSignature(MultiAddress Signer, MultiSignature Signature, TransactionExtra Extra);
