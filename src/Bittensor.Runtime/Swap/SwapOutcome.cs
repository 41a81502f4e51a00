namespace Bittensor.Runtime.Swap;

/// <summary>The result of a swap and the pool state to store afterwards.</summary>
/// <param name="Error"><see cref="SwapError.None"/> on success.</param>
/// <param name="Result">Amounts moved (zero on error).</param>
/// <param name="Pool">The pool after the swap: reserves updated by the subtensor-level swaps, and the weights
/// initialised when the swap pallet initialised them (kept even on <see cref="SwapError.InsufficientLiquidity"/>).</param>
public readonly record struct SwapOutcome(SwapError Error, SwapResult Result, SubnetPool Pool)
{
    public bool IsSuccess => Error == SwapError.None;
}
