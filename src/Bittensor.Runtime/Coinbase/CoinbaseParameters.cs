namespace Bittensor.Runtime.Coinbase;

/// <summary>Global storage the per-block coinbase reads.</summary>
/// <param name="RootSubnetTao"><c>SubnetTAO[0]</c>: all TAO staked on root.</param>
/// <param name="TaoWeight"><c>TaoWeight</c> (raw u64; 1.0 = u64::MAX).</param>
/// <param name="SubnetOwnerCut"><c>SubnetOwnerCut</c> (1/65535).</param>
/// <param name="MinimumReserve">Swap pallet <c>MinimumReserve</c>.</param>
public readonly record struct CoinbaseParameters(ulong RootSubnetTao, ulong TaoWeight, ushort SubnetOwnerCut, ulong MinimumReserve);
