using System.Collections.Immutable;
using Bittensor.Sdk.Chain.Types;

namespace Bittensor.Sdk.Metagraphs;

public sealed partial class Metagraph
{
    /// <summary>bittensor settings.ROOT_TAO_STAKE_WEIGHT: the weight of root TAO stake in a subnet's total stake.</summary>
    public const double RootTaoStakeWeight = 0.18;

    private const double RaoPerTao = 1e9;

    /// <summary>
    /// Assembles a metagraph from runtime-API answers the way upstream's <c>Metagraph.sync</c> does: per-uid scores
    /// from the neurons (<c>_set_metagraph_attributes</c>), weights and bonds densified from the full neurons
    /// (<c>_set_weights_and_bonds</c>), stakes from the subnet state (<c>_get_all_stakes_from_chain</c>; without one,
    /// the metagraph info's identical stake columns) and the subnet-level fields from the metagraph info
    /// (<c>_apply_metagraph_info_mixin</c>).
    /// </summary>
    public static Metagraph FromChain(MetagraphChainData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        IReadOnlyList<NeuronInfoLite> neurons = data.FullNeurons is { } full ? [.. full.Select(f => f.Neuron)] : data.Neurons;
        int n = neurons.Count;
        for (int i = 0; i < n; i++)
        {
            if (neurons[i].Uid != i)
            {
                throw new FormatException($"neuron record {i} has uid {neurons[i].Uid}; the runtime answers uids 0..n-1 in order");
            }
        }

        MetagraphInfo? info = data.Info;
        SubnetState? state = data.State ?? (info is { AlphaStake: { } a, TaoStake: { } t, TotalStake: { } s }
            ? new SubnetState { Netuid = data.Netuid, AlphaStake = a, TaoStake = t, TotalStake = s }
            : null);
        (float[] stake, float[] alpha, float[] tao) = Stakes(data.Netuid, state, neurons);
        var metagraph = new Metagraph
        {
            Network = data.Network,
            Netuid = data.Netuid,
            Mechid = data.Mechid,
            Block = data.Block,
            Lite = data.FullNeurons is null,
            Uids = [.. neurons.Select(x => x.Uid)],
            Hotkeys = [.. neurons.Select(x => x.Hotkey)],
            Coldkeys = [.. neurons.Select(x => x.Coldkey)],
            Stake = ImmutableArray.Create(stake),
            AlphaStake = ImmutableArray.Create(alpha),
            TaoStake = ImmutableArray.Create(tao),
            Ranks = [.. neurons.Select(x => U16Float(x.Rank))],
            Trust = [.. neurons.Select(x => U16Float(x.Trust))],
            Consensus = [.. neurons.Select(x => U16Float(x.Consensus))],
            Incentive = [.. neurons.Select(x => U16Float(x.Incentive))],
            Dividends = [.. neurons.Select(x => U16Float(x.Dividends))],
            Emission = [.. neurons.Select(x => (float)(x.Emission / RaoPerTao))],
            ValidatorTrust = [.. neurons.Select(x => U16Float(x.ValidatorTrust))],
            Active = [.. neurons.Select(x => x.Active)],
            LastUpdate = [.. neurons.Select(x => x.LastUpdate)],
            ValidatorPermit = [.. neurons.Select(x => x.ValidatorPermit)],
            AxonRecords = [.. neurons.Select(x => x.Axon)],
            Weights = data.FullNeurons is { } w ? WeightMatrix(data, w) : null,
            Bonds = data.FullNeurons is { } b && data.Netuid != 0 ? BondMatrix(b) : null,
            MechanismCount = data.MechanismCount,
            EmissionsSplit = data.EmissionsSplit is { } split ? [.. split] : null,
            Name = info?.Name,
            Symbol = info?.Symbol,
            Identity = info?.Identity,
            NetworkRegisteredAt = info?.NetworkRegisteredAt,
            NumUids = info?.NumUids,
            MaxUids = info?.MaxUids,
            Identities = info?.Identities is { } ids ? [.. ids] : [],
            PruningScore = info?.PruningScore is { } ps ? [.. ps.Select(p => U16Float(p))] : [],
            BlockAtRegistration = info?.BlockAtRegistration is { } reg ? [.. reg] : [],
            TaoDividendsPerHotkey = info?.TaoDividendsPerHotkey is { } td ? [.. td.Select(d => (d.Hotkey, d.Amount / RaoPerTao))] : [],
            AlphaDividendsPerHotkey = info?.AlphaDividendsPerHotkey is { } ad ? [.. ad.Select(d => (d.Hotkey, d.Amount / RaoPerTao))] : [],
            LastStep = info?.LastStep,
            Tempo = info?.Tempo,
            BlocksSinceLastStep = info?.BlocksSinceLastStep,
            OwnerColdkey = info?.OwnerColdkey,
            OwnerHotkey = info?.OwnerHotkey,
            Hparams = info is null ? null : Params(info),
            Pool = info is null ? null : PoolOf(info),
            Emissions = info is null ? null : EmissionsOf(info),
        };
        metagraph.Validate();
        return metagraph;
    }

    /// <summary>bittensor utils.u16_normalized_float, then numpy's float32 cast.</summary>
    internal static float U16Float(ulong value) => (float)(value / 65535.0);

    /// <summary>bittensor utils.u64_normalized_float.</summary>
    internal static double U64Float(ulong value) => value / 18446744073709551615.0;

    /// <summary>
    /// Upstream <c>_get_all_stakes_from_chain</c>: Balance.tao (rao ÷ 10⁹) per uid; tao_stake weighted by 0.18 except
    /// on root, where all three columns are the TAO stake. Without a subnet state (upstream leaves the arrays empty)
    /// the neurons' own stake sums stand in as alpha.
    /// </summary>
    private static (float[] Stake, float[] Alpha, float[] Tao) Stakes(ushort netuid, SubnetState? state, IReadOnlyList<NeuronInfoLite> neurons)
    {
        int n = neurons.Count;
        if (state is null)
        {
            float[] own = [.. neurons.Select(x => (float)(x.TotalStake / RaoPerTao))];
            return (own, [.. own], new float[n]);
        }

        if (state.TaoStake.Count != n || state.AlphaStake.Count != n || state.TotalStake.Count != n)
        {
            throw new FormatException($"subnet state has {state.TotalStake.Count} stakes for {n} neurons at the same block (runtime layout changed?)");
        }

        if (netuid == 0)
        {
            float[] root = [.. state.TaoStake.Select(r => (float)(r / RaoPerTao))];
            return (root, [.. root], [.. root]);
        }

        return (
            [.. state.TotalStake.Select(r => (float)(r / RaoPerTao))],
            [.. state.AlphaStake.Select(r => (float)(r / RaoPerTao))],
            [.. state.TaoStake.Select(r => (float)(r / RaoPerTao * RootTaoStakeWeight))]);
    }

    // Upstream convert_weight_uids_and_vals_to_tensor (and the root variant, whose columns are the subnets).
    private static MetagraphMatrix WeightMatrix(MetagraphChainData data, IReadOnlyList<NeuronInfo> neurons)
    {
        bool root = data.Netuid == 0;
        IReadOnlyList<ushort> subnets = data.RootSubnets ?? [];
        int columns = root ? data.RootSubnetCount : neurons.Count;
        float[] values = new float[neurons.Count * columns];
        for (int i = 0; i < neurons.Count; i++)
        {
            Span<float> row = values.AsSpan(i * columns, columns);
            foreach ((ushort uid, ushort weight) in neurons[i].Weights)
            {
                // Upstream skips (with a warning) root weights on subnets that no longer exist; a subnet uid
                // outside the matrix is skipped likewise rather than failing the whole sync.
                int column = root ? IndexOf(subnets, uid) : uid;
                if ((uint)column < (uint)columns)
                {
                    row[column] = weight;
                }
            }

            Normalise(row);
        }

        return new MetagraphMatrix(neurons.Count, columns, values);
    }

    // numpy sums the float32 row and divides in float32. The row holds integers ≤ 65535, so the sum in double is
    // exact and equals numpy's float32 sum whenever that sum is below 2^24 (every row of ≤ 256 full weights).
    private static void Normalise(Span<float> row)
    {
        double sum = 0;
        foreach (float v in row)
        {
            sum += v;
        }

        float total = (float)sum;
        if (total > 0)
        {
            for (int j = 0; j < row.Length; j++)
            {
                row[j] /= total;
            }
        }
    }

    private static int IndexOf(IReadOnlyList<ushort> subnets, ushort netuid)
    {
        for (int i = 0; i < subnets.Count; i++)
        {
            if (subnets[i] == netuid)
            {
                return i;
            }
        }

        return -1;
    }

    // Upstream convert_bond_uids_and_vals_to_tensor: raw values, then float32.
    private static MetagraphMatrix BondMatrix(IReadOnlyList<NeuronInfo> neurons)
    {
        int n = neurons.Count;
        float[] values = new float[n * n];
        for (int i = 0; i < n; i++)
        {
            foreach ((ushort uid, ushort bond) in neurons[i].Bonds)
            {
                if (uid < n)
                {
                    values[(i * n) + uid] = bond;
                }
            }
        }

        return new MetagraphMatrix(n, n, values);
    }

    // Upstream MetagraphInfo._from_dict conversions, then _apply_metagraph_info_mixin's selection.
    private static MetagraphInfoParams Params(MetagraphInfo info) => new()
    {
        ActivityCutoff = info.ActivityCutoff ?? 0,
        AdjustmentAlpha = U64Float(info.AdjustmentAlpha ?? 0),
        AdjustmentInterval = info.AdjustmentInterval ?? 0,
        AlphaHigh = U16Double(info.AlphaHigh),
        AlphaLow = U16Double(info.AlphaLow),
        BondsMovingAvg = U64Float(info.BondsMovingAvg ?? 0),
        Burn = Tao(info.Burn),
        CommitRevealPeriod = info.CommitRevealPeriod ?? 0,
        CommitRevealWeightsEnabled = info.CommitRevealWeightsEnabled ?? false,
        Difficulty = U64Float(info.Difficulty ?? 0),
        ImmunityPeriod = info.ImmunityPeriod ?? 0,
        Kappa = info.Kappa ?? 0,
        LiquidAlphaEnabled = info.LiquidAlphaEnabled ?? false,
        MaxBurn = Tao(info.MaxBurn),
        MaxDifficulty = U64Float(info.MaxDifficulty ?? 0),
        MaxRegsPerBlock = info.MaxRegsPerBlock ?? 0,
        MaxValidators = info.MaxValidators ?? 0,
        MaxWeightsLimit = U16Double(info.MaxWeightsLimit),
        MinAllowedWeights = U16Double(info.MinAllowedWeights),
        MinBurn = Tao(info.MinBurn),
        MinDifficulty = U64Float(info.MinDifficulty ?? 0),
        PowRegistrationAllowed = info.PowRegistrationAllowed ?? false,
        RegistrationAllowed = info.RegistrationAllowed ?? false,
        Rho = info.Rho ?? 0,
        ServingRateLimit = info.ServingRateLimit ?? 0,
        TargetRegsPerInterval = info.TargetRegsPerInterval ?? 0,
        Tempo = info.Tempo ?? 0,
        WeightsRateLimit = info.WeightsRateLimit ?? 0,
        WeightsVersion = info.WeightsVersion ?? 0,
    };

    // Upstream reads the I96F32 moving price with fixed_to_float(bits, 32), which takes the integer part from bit 96
    // (its 128-bit default) and so drops it; we read bits / 2^32, which agrees for prices below 1 TAO.
    private static MetagraphInfoPool PoolOf(MetagraphInfo info) => new()
    {
        AlphaOut = Tao(info.AlphaOut),
        AlphaIn = Tao(info.AlphaIn),
        TaoIn = Tao(info.TaoIn),
        SubnetVolume = Tao(info.SubnetVolume),
        MovingPrice = info.MovingPrice ?? 0,
    };

    private static MetagraphInfoEmissions EmissionsOf(MetagraphInfo info) => new()
    {
        SubnetEmission = Tao(info.SubnetEmission),
        AlphaInEmission = Tao(info.AlphaInEmission),
        AlphaOutEmission = Tao(info.AlphaOutEmission),
        TaoInEmission = Tao(info.TaoInEmission),
        PendingAlphaEmission = Tao(info.PendingAlphaEmission),
        PendingRootEmission = Tao(info.PendingRootEmission),
    };

    private static double Tao(ulong? rao) => (rao ?? 0) / RaoPerTao;

    private static double U16Double(ulong? value) => (value ?? 0) / 65535.0;

    /// <summary>Every per-uid column has n entries and the matrices fit; a violation names the column.</summary>
    internal void Validate()
    {
        int n = N;
        Check(Hotkeys.Length, nameof(Hotkeys));
        Check(Coldkeys.Length, nameof(Coldkeys));
        Check(Stake.Length, nameof(Stake));
        Check(AlphaStake.Length, nameof(AlphaStake));
        Check(TaoStake.Length, nameof(TaoStake));
        Check(Ranks.Length, nameof(Ranks));
        Check(Trust.Length, nameof(Trust));
        Check(Consensus.Length, nameof(Consensus));
        Check(Incentive.Length, nameof(Incentive));
        Check(Dividends.Length, nameof(Dividends));
        Check(Emission.Length, nameof(Emission));
        Check(ValidatorTrust.Length, nameof(ValidatorTrust));
        Check(Active.Length, nameof(Active));
        Check(LastUpdate.Length, nameof(LastUpdate));
        Check(ValidatorPermit.Length, nameof(ValidatorPermit));
        Check(AxonRecords.Length, nameof(AxonRecords));
        for (int i = 0; i < n; i++)
        {
            if (Uids[i] != i)
            {
                throw new FormatException($"{nameof(Uids)}[{i}] is {Uids[i]}; uids must be 0..n-1");
            }
        }

        if (Weights is { } w && (w.Rows != n || (Netuid != 0 && w.Columns != n)))
        {
            throw new FormatException($"{nameof(Weights)} is {w.Rows}×{w.Columns} for n = {n}");
        }

        if (Bonds is { } b && (b.Rows != n || b.Columns != n))
        {
            throw new FormatException($"{nameof(Bonds)} is {b.Rows}×{b.Columns} for n = {n}");
        }

        void Check(int length, string column)
        {
            if (length != n)
            {
                throw new FormatException($"column {column} has {length} entries for n = {n}");
            }
        }
    }
}
