using Bittensor.Core.FixedPoint;

namespace Bittensor.Runtime.Epoch;

/// <summary>
/// Yuma Consensus: one epoch of one subnet mechanism, as a pure function from <see cref="EpochInput"/> to
/// <see cref="EpochOutput"/>. Bit-exact with the sparse path the chain runs.
/// </summary>
/// <remarks>
/// <para>Port of subtensor <c>pallets/subtensor/src/epoch/run_epoch.rs::epoch_mechanism</c>
/// (opentensor/subtensor@14bc6f9), step for step: activity; stake filtering and normalisation; validator
/// permits; weight masking and row normalisation; consensus (<c>weighted_median_col_sparse</c>); clipping,
/// validator trust and incentive; bond weights (<c>interpolate_sparse</c>); Yuma 1 or Yuma 3 bonds and
/// dividends (<c>compute_bonds_sparse</c>, <c>compute_liquid_alpha_values_sparse</c>, <c>alpha_sigmoid</c>);
/// the emission split; and the per-uid terms of <c>EpochTerms</c>.</para>
/// <para>The helpers of <c>epoch/math.rs</c> are fused over a compressed-row layout kept in an
/// <see cref="EpochWorkspace"/>, so no per-row vectors and no dense n×n matrix are built. Each fused step keeps
/// upstream's entry order, its saturating/wrapping/checked choice and its treatment of explicit zeros; the
/// liquid-alpha matrix upstream materialises densely is evaluated only where it is read (its other cells never
/// reach the result).</para>
/// </remarks>
public static partial class YumaEpoch
{
    private static readonly I32F32 U16Max = I32F32.FromInt(ushort.MaxValue);

    /// <summary>Runs one epoch.</summary>
    /// <param name="input">The storage the epoch reads.</param>
    /// <param name="workspace">Scratch memory to reuse across calls; a fresh one when null.</param>
    /// <exception cref="ArgumentException">A per-uid array or row list does not have length <see cref="EpochInput.N"/>.</exception>
    public static EpochOutput Run(EpochInput input, EpochWorkspace? workspace = null)
    {
        Validate(input);
        EpochWorkspace ws = workspace ?? new EpochWorkspace();
        int n = input.N;
        EpochParameters p = input.Parameters;
        ws.ResetStamps(n);

        // == Active & updated == (inactive: last_update + activity_cutoff < current_block)
        bool[] active = new bool[n];
        for (int i = 0; i < n; i++)
        {
            ulong cutoff = SaturatingAdd(input.LastUpdate[i], p.ActivityCutoff);
            active[i] = !(cutoff < input.Block);
        }

        // == Stake ==
        I32F32[] stake = NormalizedStake(input, ws);

        // == Validator permits == old permits (owner forced) mask this epoch; new top-k ones are returned.
        int owner = input.OwnerUid is ushort o && o < n ? o : -1;
        bool[] permit = (bool[])input.ValidatorPermit.Clone();
        if (owner >= 0)
        {
            permit[owner] = true;
        }

        bool[] newPermit = EpochMath.IsTopKNonzero(stake, p.MaxAllowedValidators);
        if (owner >= 0)
        {
            newPermit[owner] = true;
        }

        // == Active stake == stake masked where inactive or without permit, then normalised.
        I32F32[] activeStake = EpochWorkspace.Ensure(ref ws.VecA, n);
        Span<I32F32> activeSpan = activeStake.AsSpan(0, n);
        for (int i = 0; i < n; i++)
        {
            activeSpan[i] = active[i] && permit[i] ? stake[i] : I32F32.Zero;
        }

        EpochMath.InplaceNormalize(activeSpan);

        // == Weights == dense matrices when the dense path applies, else normalised sparse rows.
        DenseMatrix? dense = TryBuildDense(input, permit, owner, ws);
        SparseRows? weights = dense is null ? BuildWeights(input, permit, owner, ws) : null;

        // == Consensus, validator trust, incentive ==
        I32F32 kappa = I32F32.FromInt(p.Kappa).SafeDiv(U16Max);
        I32F32[] consensus = new I32F32[n];
        WeightedMedianColSparse(activeSpan, weights, dense, n, kappa, consensus, ws);

        I32F32[] validatorTrust = new I32F32[n];
        I32F32[] incentive = new I32F32[n];
        I32F32 bondsPenalty = I32F32.FromInt(p.BondsPenalty).SafeDiv(U16Max);
        ulong lastTempo = input.LastMechanismStepBlock == 0
            ? (input.Block > p.Tempo ? input.Block - p.Tempo : 0UL)
            : SaturatingAdd(input.LastMechanismStepBlock, 1);
        I32F32[] dividends = new I32F32[n];
        SparseEntry[][] bonds = new SparseEntry[n][];
        if (weights is null)
        {
            // The dense path (weights is null exactly when dense is not). Its lanes need proportions: consensus is a
            // median of normalised weights and active stake is normalised, so both always are.
            DenseBonds(input, dense!, consensus, activeSpan, lastTempo, validatorTrust, incentive, dividends, newPermit, bonds);
        }
        else if (p.Yuma3 && !(p.LiquidAlpha && AnyNonZero(consensus)) && (bondsPenalty.IsZero || bondsPenalty == I32F32.One))
        {
            // Yuma 3 with the fixed alpha and bond weights equal to W or W̄: clipping, validator trust, rank and the
            // bond EMA in one pass over the weight rows (no clipped matrix), then dividends and stored rows.
            Yuma3FusedBonds(
                input, weights, consensus, activeSpan, clipBondWeights: !bondsPenalty.IsZero, lastTempo, validatorTrust, incentive, dividends, newPermit, bonds, ws);
        }
        else
        {
            SparseRows clipped = ColClip(weights, consensus, activeSpan, ws.Clipped, validatorTrust, incentive);
            EpochMath.InplaceNormalize(incentive);

            // == Bonds and dividends ==
            SparseRows weightsForBonds = InterpolateSparse(weights, clipped, n, bondsPenalty, ws);
            if (p.Yuma3)
            {
                // Yuma 3 writes the stored bond rows in its dividend pass (one read of the EMA for both).
                Yuma3Bonds(input, weightsForBonds, consensus, incentive, activeSpan, lastTempo, dividends, newPermit, bonds, ws);
            }
            else
            {
                SparseRows emaBonds = Yuma1Bonds(input, weightsForBonds, incentive, activeSpan, lastTempo, dividends, ws);
                for (int i = 0; i < n; i++)
                {
                    bonds[i] = newPermit[i] ? ToStoredRow(emaBonds, i) : [];
                }
            }
        }

        // == Emission ==
        ulong[] serverEmission = new ulong[n];
        ulong[] validatorEmission = new ulong[n];
        ulong[] emission = new ulong[n];
        SplitEmission(input.RaoEmission, incentive, dividends, stake, activeSpan, serverEmission, validatorEmission, emission, ws);

        // == Populate epoch output ==
        return new EpochOutput
        {
            Active = active,
            ValidatorPermit = newPermit,
            Consensus = EpochMath.VecFixedProportionsToU16(consensus),
            Incentive = EpochMath.VecFixedProportionsToU16(incentive),
            Dividends = EpochMath.VecFixedProportionsToU16(dividends),
            ValidatorTrust = EpochMath.VecFixedProportionsToU16(validatorTrust),
            StakeWeight = EpochMath.VecFixedProportionsToU16(stake),
            Emission = emission,
            ServerEmission = serverEmission,
            ValidatorEmission = validatorEmission,
            Bonds = bonds,
        };
    }

    private static void Validate(EpochInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(input.Parameters);
        int n = input.N;
        CheckLength(input.Stake, n, nameof(EpochInput.Stake));
        CheckLength(input.LastUpdate, n, nameof(EpochInput.LastUpdate));
        CheckLength(input.BlockAtRegistration, n, nameof(EpochInput.BlockAtRegistration));
        CheckLength(input.ValidatorPermit, n, nameof(EpochInput.ValidatorPermit));
        CheckLength(input.Weights, n, nameof(EpochInput.Weights));
        CheckLength(input.Bonds, n, nameof(EpochInput.Bonds));
        if (input.Parameters.CommitReveal)
        {
            CheckLength(input.CommitBlocks, n, nameof(EpochInput.CommitBlocks));
        }

        for (int i = 0; i < n; i++)
        {
            if (input.Weights[i] is null || input.Bonds[i] is null)
            {
                throw new ArgumentException($"row {i} of {nameof(EpochInput.Weights)}/{nameof(EpochInput.Bonds)} is null", nameof(input));
            }
        }
    }

    private static void CheckLength<T>(T[]? values, int n, string name)
    {
        if (values is null || values.Length != n)
        {
            throw new ArgumentException($"{name} must have one element per uid ({n}), got {values?.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null"}", name);
        }
    }

    private static bool AnyNonZero(ReadOnlySpan<I32F32> values)
    {
        foreach (I32F32 v in values)
        {
            if (!v.IsZero)
            {
                return true;
            }
        }

        return false;
    }

    private static ulong SaturatingAdd(ulong a, ulong b) => a > ulong.MaxValue - b ? ulong.MaxValue : a + b;

    /// <summary>Rust <c>iter().sum()</c> over I32F32 (wrapping, as the release runtime).</summary>
    private static I32F32 WrappingSum(ReadOnlySpan<I32F32> values)
    {
        I32F32 sum = I32F32.Zero;
        foreach (I32F32 v in values)
        {
            sum = sum.WrappingAdd(v);
        }

        return sum;
    }

    private static SparseEntry[] ToStoredRow(SparseRows ema, int row)
    {
        ReadOnlySpan<ushort> cols = ema.Cols(row);
        ReadOnlySpan<I32F32> vals = ema.Values(row);
        if (cols.IsEmpty)
        {
            return [];
        }

        SparseEntry[] stored = GC.AllocateUninitializedArray<SparseEntry>(cols.Length);
        for (int e = 0; e < cols.Length; e++)
        {
            stored[e] = new SparseEntry(cols[e], Fx.ProportionToU16(vals[e].Bits));
        }

        return stored;
    }
}

