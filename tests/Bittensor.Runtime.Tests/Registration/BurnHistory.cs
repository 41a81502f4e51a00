using Bittensor.Core.FixedPoint;

namespace Bittensor.Runtime.Tests.Registration;

/// <summary>A subnet's burn bounds and a sequence of blocks (false) and registrations (true).</summary>
public sealed record BurnHistory(ulong Min, ulong Max, ulong Start, ushort HalfLife, U64F64 Multiplier, bool[] Steps)
{
    public override string ToString() => $"min={Min} max={Max} start={Start} hl={HalfLife} mult={Multiplier}";
}
