namespace Bittensor.Runtime.Swap;

/// <summary>What a swap moved (upstream <c>SwapResult</c>).</summary>
/// <param name="AmountPaidIn">Input that entered the pool (net of the fee): the input reserve grows by this.</param>
/// <param name="AmountPaidOut">Output paid by the pool: the output reserve shrinks by this.</param>
/// <param name="FeePaid">Fee charged on the input (0 when fees are dropped).</param>
/// <param name="FeeToBlockAuthor">Part of the fee for the block author: all of it, when any input was swapped.</param>
/// <remarks>opentensor/subtensor@14bc6f9 <c>primitives/swap-interface/src/lib.rs::SwapResult</c>.</remarks>
public readonly record struct SwapResult(ulong AmountPaidIn, ulong AmountPaidOut, ulong FeePaid, ulong FeeToBlockAuthor);
