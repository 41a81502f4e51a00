using Bittensor.Core.FixedPoint;

namespace Bittensor.Runtime.Coinbase;

/// <summary>What the emission split needs to know about one emitting subnet.</summary>
/// <param name="NetUid">The subnet.</param>
/// <param name="MovingPrice"><c>get_moving_alpha_price</c> (see <see cref="Swap.MovingPrice.GetMovingAlphaPrice"/>).</param>
/// <param name="MinerBurned"><c>MinerBurned</c>: share of last epoch's miner emission withheld by owner hotkeys.</param>
/// <param name="EmissionEnabled"><c>SubnetEmissionEnabled</c>.</param>
public readonly record struct SubnetShareInput(ushort NetUid, U64F64 MovingPrice, U96F32 MinerBurned, bool EmissionEnabled);
