namespace Bittensor.Runtime.Coinbase;

/// <summary>One subnet after the block's emission, with the per-block records upstream stores or emits.</summary>
/// <param name="State">The subnet's storage to write back (pool, protocol alpha, pending accumulators).</param>
/// <param name="Terms">The computed terms (<see cref="SubnetTerms.Compute"/>).</param>
/// <param name="TaoInEmission"><c>SubnetTaoInEmission</c>: TAO injected into the pool (0 if skipped).</param>
/// <param name="AlphaInEmission"><c>SubnetAlphaInEmission</c>: alpha injected into the pool (0 if the re-weighting refused).</param>
/// <param name="AlphaOutEmission"><c>SubnetAlphaOutEmission</c>: alpha minted for participants.</param>
/// <param name="ExcessTao"><c>SubnetExcessTao</c>: TAO the protocol buy put into the pool.</param>
/// <param name="ProtocolAlphaBought">Alpha bought by the protocol (added to <c>SubnetProtocolAlpha</c> and <c>SubnetAlphaOut</c>).</param>
/// <param name="ProtocolInflow">Added to <c>SubnetProtocolFlow</c> (excess that entered the pool plus injected TAO).</param>
/// <param name="Split">The alpha-out split added to the pending accumulators.</param>
/// <param name="RecycledAlpha">Root alpha recycled (taken off <c>SubnetAlphaOut</c>) because the root sell flag is off.</param>
/// <param name="TaoToSubnetAccount">TAO of the block's credit resolved into the subnet account.</param>
/// <param name="TotalStakeIncrease">Added to <c>TotalStake</c>.</param>
/// <param name="VolumeIncrease">Added to <c>SubnetVolume</c>.</param>
public readonly record struct SubnetCoinbaseResult(
    SubnetCoinbaseState State,
    SubnetTerms Terms,
    ulong TaoInEmission,
    ulong AlphaInEmission,
    ulong AlphaOutEmission,
    ulong ExcessTao,
    ulong ProtocolAlphaBought,
    ulong ProtocolInflow,
    AlphaOutSplit Split,
    ulong RecycledAlpha,
    ulong TaoToSubnetAccount,
    ulong TotalStakeIncrease,
    ulong VolumeIncrease);
