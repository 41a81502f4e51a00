using Bittensor.Core.FixedPoint;
using Bittensor.Runtime.Epoch;

namespace Bittensor.Runtime.Tests.Yuma;

/// <summary>
/// A deliberately plain transcription of subtensor <c>epoch/run_epoch.rs::epoch_mechanism</c> (sparse path,
/// @14bc6f9) built from the one-function-per-upstream-function port in <see cref="EpochMath"/>, with upstream's
/// dense liquid-alpha matrix. The optimised <see cref="YumaEpoch"/> must agree with it bit for bit.
/// </summary>
internal static class ReferenceEpoch
{
    private static readonly I32F32 U16Max = I32F32.FromInt(ushort.MaxValue);

    public static EpochOutput Run(EpochInput input)
    {
        int n = input.N;
        EpochParameters p = input.Parameters;
        bool[] inactive = [.. input.LastUpdate.Select(u => (u > ulong.MaxValue - p.ActivityCutoff ? ulong.MaxValue : u + p.ActivityCutoff) < input.Block)];
        bool[] active = [.. inactive.Select(b => !b)];
        int? owner = input.OwnerUid is ushort o && o < n ? o : null;

        I64F64[] filtered = [.. input.Stake.Select((s, uid) => owner != uid && EpochMath.Fixed64ToU64(s) < p.StakeThreshold ? I64F64.Zero : s)];
        EpochMath.InplaceNormalize64(filtered);
        I32F32[] stake = EpochMath.VecFixed64ToFixed32(filtered);

        bool[] permits = (bool[])input.ValidatorPermit.Clone();
        if (owner is int ow)
        {
            permits[ow] = true;
        }

        bool[] forbids = [.. permits.Select(b => !b)];
        bool[] newPermits = EpochMath.IsTopKNonzero(stake, p.MaxAllowedValidators);
        if (owner is int ow2)
        {
            newPermits[ow2] = true;
        }

        I32F32[] activeStake = (I32F32[])stake.Clone();
        EpochMath.InplaceMaskVector(inactive, activeStake);
        EpochMath.InplaceMaskVector(forbids, activeStake);
        EpochMath.InplaceNormalize(activeStake);

        (ushort, I32F32)[][] weights = [.. input.Weights.Select(row => row.Where(e => e.Uid < n).Select(e => (e.Uid, I32F32.FromInt(e.Value))).ToArray())];
        weights = EpochMath.MaskRowsSparse(forbids, weights);
        weights = owner is int ow3 ? EpochMath.MaskDiagSparseExceptIndex(weights, (ushort)ow3) : EpochMath.MaskDiagSparse(weights);
        weights = EpochMath.VecMaskSparseMatrix(weights, input.LastUpdate, input.BlockAtRegistration, (updated, registered) => updated <= registered);
        if (p.CommitReveal)
        {
            weights = EpochMath.VecMaskSparseMatrix(weights, input.CommitBlocks!, input.BlockAtRegistration, (cb, reg) => cb < reg);
        }

        EpochMath.InplaceRowNormalizeSparse(weights);

        I32F32 kappa = I32F32.FromInt(p.Kappa).SafeDiv(U16Max);
        I32F32[] consensus = EpochMath.WeightedMedianColSparse(activeStake, weights, (ushort)n, kappa);
        (ushort, I32F32)[][] clipped = EpochMath.ColClipSparse(weights, consensus);
        I32F32[] validatorTrust = EpochMath.RowSumSparse(clipped);
        I32F32[] incentive = EpochMath.MatmulSparse(clipped, activeStake, (ushort)n);
        EpochMath.InplaceNormalize(incentive);

        I32F32 bondsPenalty = I32F32.FromInt(p.BondsPenalty).SafeDiv(U16Max);
        (ushort, I32F32)[][] weightsForBonds = EpochMath.InterpolateSparse(weights, clipped, (ushort)n, bondsPenalty);
        ulong lastTempo = input.LastMechanismStepBlock == 0
            ? (input.Block > p.Tempo ? input.Block - p.Tempo : 0)
            : input.LastMechanismStepBlock + 1;
        I64F64 average = I64F64.FromInt(p.BondsMovingAverage).SafeDiv(I64F64.FromInt(1_000_000));
        I32F32 fixedAlpha = I32F32.One.SaturatingSub(I32F32.SaturatingFromFixed(average));

        I32F32[] dividends;
        (ushort, I32F32)[][] ema;
        if (p.Yuma3)
        {
            (ushort, I32F32)[][] bonds = [.. input.Bonds.Select(row => row.Select(e => (e.Uid, EpochMath.FixedToFixedU16Proportion(I32F32.FromInt(e.Value)))).ToArray())];
            bonds = EpochMath.ScalarVecMaskSparseMatrix(bonds, lastTempo, input.BlockAtRegistration, (last, registered) => last <= registered);
            if (p.LiquidAlpha && consensus.Any(c => !c.IsZero))
            {
                I32F32[][] alphas = LiquidAlphas(weightsForBonds, bonds, consensus, p);
                ema = EpochMath.MatEmaAlphaSparse(weightsForBonds, bonds, alphas);
            }
            else
            {
                ema = EpochMath.MatEmaSparse(weightsForBonds, bonds, fixedAlpha);
            }

            (ushort, I32F32)[][] norm = [.. ema.Select(r => ((ushort, I32F32)[])r.Clone())];
            EpochMath.InplaceColNormalizeSparse(norm, (ushort)n);
            I32F32[] totals = EpochMath.RowSumSparse(EpochMath.MatVecMulSparse(norm, incentive));
            dividends = EpochMath.VecMul(totals, activeStake);
            EpochMath.InplaceNormalize(dividends);
        }
        else
        {
            (ushort, I32F32)[][] bonds = [.. input.Bonds.Select(row => row.Select(e => (e.Uid, I32F32.FromInt(e.Value))).ToArray())];
            bonds = EpochMath.ScalarVecMaskSparseMatrix(bonds, lastTempo, input.BlockAtRegistration, (last, registered) => last <= registered);
            EpochMath.InplaceColNormalizeSparse(bonds, (ushort)n);
            (ushort, I32F32)[][] delta = EpochMath.RowHadamardSparse(weightsForBonds, activeStake);
            EpochMath.InplaceColNormalizeSparse(delta, (ushort)n);
            ema = EpochMath.MatEmaSparse(delta, bonds, fixedAlpha);
            EpochMath.InplaceColNormalizeSparse(ema, (ushort)n);
            dividends = EpochMath.MatmulTransposeSparse(ema, incentive);
            EpochMath.InplaceNormalize(dividends);
            EpochMath.InplaceColMaxUpscaleSparse(ema, (ushort)n);
        }

        I32F32[] combined = [.. incentive.Zip(dividends, (a, b) => a.SaturatingAdd(b))];
        I32F32 sum = EpochMath.Sum(combined);
        I32F32[] server = (I32F32[])incentive.Clone();
        I32F32[] validator = (I32F32[])dividends.Clone();
        I32F32[] combinedNorm = (I32F32[])combined.Clone();
        EpochMath.InplaceNormalizeUsingSum(server, sum);
        EpochMath.InplaceNormalizeUsingSum(validator, sum);
        EpochMath.InplaceNormalize(combinedNorm);
        if (sum.IsZero)
        {
            I32F32[] fallback = EpochMath.IsZero(activeStake) ? stake : activeStake;
            validator = (I32F32[])fallback.Clone();
            combinedNorm = (I32F32[])fallback.Clone();
        }

        I96F32 rao = I96F32.FromInt(input.RaoEmission);
        ulong[] ToRao(I32F32[] shares) => [.. shares.Select(x => I96F32.SaturatingFromFixed(x).SaturatingMul(rao).SaturatingToInt<ulong>())];
        return new EpochOutput
        {
            Active = active,
            ValidatorPermit = newPermits,
            Consensus = EpochMath.VecFixedProportionsToU16(consensus),
            Incentive = EpochMath.VecFixedProportionsToU16(incentive),
            Dividends = EpochMath.VecFixedProportionsToU16(dividends),
            ValidatorTrust = EpochMath.VecFixedProportionsToU16(validatorTrust),
            StakeWeight = EpochMath.VecFixedProportionsToU16(stake),
            Emission = ToRao(combinedNorm),
            ServerEmission = ToRao(server),
            ValidatorEmission = ToRao(validator),
            Bonds = [.. Enumerable.Range(0, n).Select(i => newPermits[i]
                ? ema[i].Select(e => new SparseEntry(e.Item1, EpochMath.FixedProportionToU16(e.Item2))).ToArray()
                : [])],
        };
    }

    /// <summary>subtensor <c>compute_liquid_alpha_values_sparse</c>: the dense n × n alpha matrix with its peekable walks.</summary>
    private static I32F32[][] LiquidAlphas((ushort, I32F32)[][] weights, (ushort, I32F32)[][] bonds, I32F32[] consensus, EpochParameters p)
    {
        I32F32 steepness = I32F32.FromInt(p.AlphaSigmoidSteepness);
        I32F32 low = I32F32.FromInt(p.AlphaLow).SafeDiv(U16Max);
        I32F32 high = I32F32.FromInt(p.AlphaHigh).SafeDiv(U16Max);
        I32F32[][] alphas = new I32F32[weights.Length][];
        for (int r = 0; r < weights.Length; r++)
        {
            (ushort, I32F32)[] w = weights[r];
            (ushort, I32F32)[] b = bonds[r];
            int wi = 0;
            int bi = 0;
            alphas[r] = new I32F32[consensus.Length];
            for (int j = 0; j < consensus.Length; j++)
            {
                I32F32 weight = I32F32.Zero;
                while (wi < w.Length)
                {
                    if (w[wi].Item1 < j)
                    {
                        wi++;
                        continue;
                    }

                    if (w[wi].Item1 == j)
                    {
                        weight = w[wi].Item2;
                    }

                    break;
                }

                I32F32 bond = I32F32.Zero;
                while (bi < b.Length)
                {
                    if (b[bi].Item1 < j)
                    {
                        bi++;
                        continue;
                    }

                    if (b[bi].Item1 == j)
                    {
                        bond = b[bi].Item2;
                    }

                    break;
                }

                I32F32 one = I32F32.One;
                I32F32 diffBuy = EpochMath.ClampValue(weight.SaturatingSub(consensus[j]), I32F32.Zero, one);
                I32F32 diffSell = EpochMath.ClampValue(bond.SaturatingSub(weight), I32F32.Zero, one);
                I32F32 combined = weight >= bond ? diffBuy : diffSell;
                I32F32 sigmoid = one.SaturatingDiv(one.SaturatingAdd(EpochMath.ExpSafe(
                    steepness.SaturatingDiv(I32F32.FromInt(-100)).SaturatingMul(combined.SaturatingSub(I32F32.FromBits(1L << 31))))));
                I32F32 alpha = low.SaturatingAdd(sigmoid.SaturatingMul(high.SaturatingSub(low)));
                alphas[r][j] = EpochMath.ClampValue(alpha, low, high);
            }
        }

        return alphas;
    }
}
