namespace Bittensor.Runtime.Replay;

/// <summary>One block to replay: its Aura slot and its body (the timestamp inherent first, then the extrinsics).</summary>
/// <param name="Slot">The Aura slot written into the header's pre-runtime digest.</param>
/// <param name="Extrinsics">The encoded extrinsics, in block order.</param>
internal sealed record ReplayBlock(ulong Slot, IReadOnlyList<byte[]> Extrinsics);
