namespace Bittensor.Runtime.Swap;

/// <summary>Why a swap failed (upstream <c>pallet_subtensor_swap::Error</c> variants the swap path can return).</summary>
public enum SwapError
{
    /// <summary>The swap succeeded.</summary>
    None,

    /// <summary>The output reserve is below <c>MinimumReserve</c>, or a non-zero input would pay out nothing.</summary>
    ReservesTooLow,

    /// <summary>The limit price is not beyond the current price in the order's direction.</summary>
    PriceLimitExceeded,

    /// <summary>The net input exceeds 1000 × the input reserve.</summary>
    SwapInputTooLarge,

    /// <summary>The output exceeds the output reserve (the pool initialisation done on the way is kept).</summary>
    InsufficientLiquidity,

    /// <summary>The pool weights cannot be initialised from the reserves and price.</summary>
    ReservesOutOfBalance,
}
