namespace Bittensor.Runtime.Framework;

/// <summary>The variant index of <c>frame_system::Phase</c>.</summary>
public enum PhaseKind : byte
{
    ApplyExtrinsic = 0,
    Finalization = 1,
    Initialization = 2,
}
