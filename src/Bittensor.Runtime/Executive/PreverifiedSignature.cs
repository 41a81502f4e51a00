using Bittensor.Core.Chain.Extrinsics;

namespace Bittensor.Runtime.Executive;

/// <summary>
/// An extrinsic decoded and its signature verified ahead of execution (<see cref="ExtrinsicPipeline.Preverify"/>): the verdict
/// holds for exactly <see cref="Payload"/>, which the check at application time recomputes and compares.
/// </summary>
internal sealed class PreverifiedSignature(byte[] encoded, UncheckedExtrinsic extrinsic, byte[] payload)
{
    public byte[] Encoded { get; } = encoded;

    public UncheckedExtrinsic Extrinsic { get; } = extrinsic;

    public byte[] Payload { get; } = payload;

    public bool Valid { get; set; }
}
