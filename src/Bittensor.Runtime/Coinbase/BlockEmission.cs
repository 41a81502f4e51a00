using Bittensor.Core.FixedPoint;

namespace Bittensor.Runtime.Coinbase;

/// <summary>
/// TAO (and per-subnet alpha) block emission as a function of issuance: 1 TAO per block, halved each time the
/// issuance crosses <c>21M·(1 − 2^−k)</c>, zero at the 21M cap.
/// </summary>
/// <remarks>opentensor/subtensor@14bc6f9 <c>pallets/subtensor/src/coinbase/block_emission.rs</c>.</remarks>
public static class BlockEmission
{
    /// <summary><c>TotalSupply</c> storage default: 21M TAO in rao.</summary>
    public const ulong TotalSupply = 21_000_000_000_000_000;

    /// <summary><c>DefaultBlockEmission</c>: 1 TAO per block before the first halving.</summary>
    public const ulong DefaultBlockEmission = 1_000_000_000;

    /// <summary>
    /// Block emission in rao for <paramref name="issuance"/>: 0 when the issuance reaches
    /// <paramref name="totalSupply"/>; otherwise, all in I96F32, <c>x = I / 21e15</c> (truncating),
    /// <c>k = floor(log2(1 / (1 − x)))</c> with substrate-fixed's <c>log2</c>, and
    /// <c>floor((1 / 2^k) · defaultBlockEmission)</c>.
    /// </summary>
    /// <remarks>
    /// Upstream <c>coinbase/block_emission.rs::get_block_emission_for_issuance</c>. Its error paths (a failed
    /// checked division or logarithm) cannot be reached for a u64 issuance below the supply; both callers map an
    /// error to 0 (<c>get_subnet_terms</c> through <c>unwrap_or(0)</c>, <c>get_block_emission</c> by minting nothing),
    /// which is what this returns for them. The divisor is the literal 21e15, not <paramref name="totalSupply"/>.
    /// Upstream also writes the result to the <c>BlockEmission</c> storage item whenever it changes, including the
    /// per-subnet alpha calls from <c>get_subnet_terms</c>: after a block that emits to subnets, <c>BlockEmission</c>
    /// holds the alpha emission of the last subnet evaluated (highest netuid), not the TAO emission. The pallet must
    /// reproduce that write if it exposes the storage item.
    /// </remarks>
    public static ulong ForIssuance(ulong issuance, ulong totalSupply = TotalSupply, ulong defaultBlockEmission = DefaultBlockEmission)
    {
        int? halvings = Halvings(issuance, totalSupply);
        if (halvings is null)
        {
            return 0;
        }

        I96F32 two = I96F32.FromInt(2);
        I96F32 multiplier = I96F32.One;
        for (int i = 0; i < halvings.Value; i++)
        {
            multiplier = multiplier.SaturatingMul(two);
        }

        I96F32 percentage = I96F32.One.SafeDiv(multiplier);
        return percentage.SaturatingMul(I96F32.SaturatingFromInt(defaultBlockEmission)).SaturatingToInt<ulong>();
    }

    /// <summary>
    /// The floored residual <c>k = floor(log2(1 / (1 − I / 21e15)))</c>: the number of halvings applied at
    /// <paramref name="issuance"/>, or <see langword="null"/> at or above <paramref name="totalSupply"/>.
    /// </summary>
    /// <remarks>Upstream <c>coinbase/block_emission.rs::get_block_emission_for_issuance</c> (the residual).</remarks>
    public static int? Halvings(ulong issuance, ulong totalSupply = TotalSupply)
    {
        I96F32 total = I96F32.SaturatingFromInt(issuance);
        if (total >= I96F32.SaturatingFromInt(totalSupply))
        {
            return null;
        }

        I96F32 supply = I96F32.FromInt(2).SaturatingMul(I96F32.FromInt(10_500_000_000_000_000));
        I96F32? x = total.CheckedDiv(supply);
        I96F32? oneMinusX = x is null ? null : I96F32.One.CheckedSub(x.Value);
        I96F32? y = oneMinusX is null ? null : I96F32.One.CheckedDiv(oneMinusX.Value);
        I96F32? residual = y is null ? null : FixedTranscendental.Log2(y.Value);
        if (residual is null)
        {
            return null;
        }

        return (int)residual.Value.Floor().SaturatingToInt<ulong>();
    }
}
