using Bittensor.Core.Chain.Extrinsics;
using Bittensor.Core.Primitives;
using Bittensor.Runtime.Framework;

namespace Bittensor.Runtime.Executive;

/// <summary>An extrinsic whose signature (if any) has been verified: the decoded call, its signer and dispatch info.</summary>
internal sealed record CheckedExtrinsic(byte[] Encoded, UncheckedExtrinsic Extrinsic, RuntimeCall Call, AccountId32? Signer, DispatchInfo Info)
{
    public uint Length => (uint)Encoded.Length;

    public TransactionExtra Extra => Extrinsic.Signature?.Extra ?? default;
}
