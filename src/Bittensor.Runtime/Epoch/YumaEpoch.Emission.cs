using Bittensor.Core.FixedPoint;

namespace Bittensor.Runtime.Epoch;

/// <summary>The emission split at the end of the epoch.</summary>
public static partial class YumaEpoch
{
    /// <summary>
    /// Server share = I / Σ(I + D), validator share = D / Σ(I + D), stored emission = normalised (I + D); when
    /// Σ(I + D) is 0 (no valid weights) validators and the stored emission follow active stake, or the
    /// normalised stake when no stake is active. Each share is floored to rao through I96F32.
    /// </summary>
    /// <remarks>subtensor <c>epoch/run_epoch.rs::epoch_mechanism</c>, "Emission and Pruning scores" block:
    /// <c>inplace_normalize_using_sum</c>, <c>inplace_normalize</c>, <c>is_zero</c>, then
    /// <c>I96F32::saturating_from_num(x).saturating_mul(rao_emission).saturating_to_num::&lt;u64&gt;()</c>.</remarks>
    private static void SplitEmission(
        ulong raoEmission,
        ReadOnlySpan<I32F32> incentive,
        ReadOnlySpan<I32F32> dividends,
        ReadOnlySpan<I32F32> stake,
        ReadOnlySpan<I32F32> activeStake,
        Span<ulong> serverEmission,
        Span<ulong> validatorEmission,
        Span<ulong> emission,
        EpochWorkspace ws)
    {
        int n = incentive.Length;
        Span<I32F32> combined = EpochWorkspace.Ensure(ref ws.VecC, n).AsSpan(0, n);
        Span<I32F32> server = EpochWorkspace.Ensure(ref ws.VecD, n).AsSpan(0, n);
        Span<I32F32> validator = EpochWorkspace.Ensure(ref ws.VecB, n).AsSpan(0, n);
        for (int i = 0; i < n; i++)
        {
            combined[i] = incentive[i].SaturatingAdd(dividends[i]);
        }

        I32F32 emissionSum = WrappingSum(combined);
        incentive.CopyTo(server);
        dividends.CopyTo(validator);
        EpochMath.InplaceNormalizeUsingSum(server, emissionSum);
        EpochMath.InplaceNormalizeUsingSum(validator, emissionSum);
        EpochMath.InplaceNormalize(combined);
        if (emissionSum.IsZero)
        {
            // No weights set, outdated weights or only self-weights: pay by stake.
            ReadOnlySpan<I32F32> fallback = WrappingSum(activeStake).IsZero ? stake : activeStake;
            fallback.CopyTo(validator);
            fallback.CopyTo(combined);
        }

        I96F32 rao = I96F32.SaturatingFromInt(raoEmission);
        for (int i = 0; i < n; i++)
        {
            serverEmission[i] = ToRao(server[i], rao);
            validatorEmission[i] = ToRao(validator[i], rao);
            emission[i] = ToRao(combined[i], rao);
        }
    }

    private static ulong ToRao(I32F32 share, I96F32 rao) =>
        I96F32.SaturatingFromFixed(share).SaturatingMul(rao).SaturatingToInt<ulong>();
}
