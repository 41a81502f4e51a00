namespace Bittensor.Runtime.Pallets;

/// <summary>
/// pallet_transaction_payment <c>FeeDetails</c>: the inclusion fee parts (absent when the call does not pay) and the tip.
/// </summary>
public readonly record struct FeeDetails(bool HasInclusionFee, ulong BaseFee, ulong LengthFee, ulong AdjustedWeightFee, ulong Tip)
{
    /// <summary>base + length + weight fee (0 when the call does not pay).</summary>
    public ulong InclusionFee => HasInclusionFee ? Sat(Sat(BaseFee, LengthFee), AdjustedWeightFee) : 0;

    /// <summary>The inclusion fee plus the tip (<c>final_fee</c>).</summary>
    public ulong FinalFee => Sat(InclusionFee, Tip);

    private static ulong Sat(ulong a, ulong b) => a > ulong.MaxValue - b ? ulong.MaxValue : a + b;
}
