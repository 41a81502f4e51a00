namespace Bittensor.Core.Chain.Extrinsics;

/// <summary>The variant index of <see cref="MultiSignature"/> (<c>sp_runtime::MultiSignature</c>).</summary>
public enum SignatureKind : byte
{
    Ed25519 = 0,
    Sr25519 = 1,
    Ecdsa = 2,
}
