using Bittensor.Core.FixedPoint;
using Bittensor.Runtime.Swap;

namespace Bittensor.Runtime.Coinbase;

/// <summary>The storage of one emitting subnet that the per-block coinbase reads and writes.</summary>
/// <param name="NetUid">The subnet.</param>
/// <param name="Pool">Reserves, outstanding alpha, mechanism and swap weights.</param>
/// <param name="ProtocolAlpha"><c>SubnetProtocolAlpha</c>: alpha bought by the protocol with excess TAO.</param>
/// <param name="MovingPrice"><c>SubnetMovingPrice</c> as stored.</param>
/// <param name="MinerBurned"><c>MinerBurned</c>.</param>
/// <param name="EmissionEnabled"><c>SubnetEmissionEnabled</c>.</param>
/// <param name="OwnerCutEnabled"><c>OwnerCutEnabled</c>.</param>
/// <param name="Pending">The pending accumulators.</param>
public readonly record struct SubnetCoinbaseState(
    ushort NetUid,
    SubnetPool Pool,
    ulong ProtocolAlpha,
    I96F32 MovingPrice,
    U96F32 MinerBurned,
    bool EmissionEnabled,
    bool OwnerCutEnabled,
    PendingEmission Pending);
