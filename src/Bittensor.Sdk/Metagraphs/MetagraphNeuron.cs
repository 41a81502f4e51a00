using Bittensor.Core.Primitives;
using Bittensor.Sdk.Axons;
using Bittensor.Sdk.Chain.Types;

namespace Bittensor.Sdk.Metagraphs;

/// <summary>One uid of a <see cref="Metagraph"/>: a view over its columns (nothing is copied).</summary>
public readonly record struct MetagraphNeuron(Metagraph Metagraph, int Uid)
{
    public AccountId32 Hotkey => Metagraph.Hotkeys[Uid];

    public AccountId32 Coldkey => Metagraph.Coldkeys[Uid];

    /// <summary>Total stake in TAO (alpha + 0.18 × root TAO).</summary>
    public float Stake => Metagraph.Stake[Uid];

    public float AlphaStake => Metagraph.AlphaStake[Uid];

    public float TaoStake => Metagraph.TaoStake[Uid];

    public float Rank => Metagraph.Ranks[Uid];

    public float Trust => Metagraph.Trust[Uid];

    public float Consensus => Metagraph.Consensus[Uid];

    public float Incentive => Metagraph.Incentive[Uid];

    public float Dividends => Metagraph.Dividends[Uid];

    public float Emission => Metagraph.Emission[Uid];

    public float ValidatorTrust => Metagraph.ValidatorTrust[Uid];

    public bool Active => Metagraph.Active[Uid];

    public ulong LastUpdate => Metagraph.LastUpdate[Uid];

    public bool ValidatorPermit => Metagraph.ValidatorPermit[Uid];

    public ChainAxonInfo AxonRecord => Metagraph.AxonRecords[Uid];

    public AxonInfo Axon => Metagraph.Axons[Uid];

    /// <summary>The weights this uid set (row of W); empty for a lite metagraph.</summary>
    public ReadOnlySpan<float> Weights => Metagraph.Weights is { } w && Uid < w.Rows ? w.Row(Uid) : [];

    /// <summary>The bonds this uid holds (row of B); empty for a lite metagraph.</summary>
    public ReadOnlySpan<float> Bonds => Metagraph.Bonds is { } b && Uid < b.Rows ? b.Row(Uid) : [];
}
