using Bittensor.Core.Metadata;
using Bittensor.Core.Primitives;

namespace Bittensor.Sdk.Chain.Types;

/// <summary>
/// <c>SubnetInfoRuntimeApi.get_subnet_state</c> (subtensor rpc_info/show_subnet.rs SubnetState; bittensor
/// chain_data/subnet_state.py): per-uid columns of one subnet. Values are raw: rao for stakes and emission, u16 for
/// scores. <see cref="TaoStake"/> is the root stake before the 0.18 weighting; <see cref="TotalStake"/> is the
/// chain's alpha + 0.18 × tao.
/// </summary>
public sealed record SubnetState
{
    public required ushort Netuid { get; init; }

    public IReadOnlyList<AccountId32> Hotkeys { get; init; } = [];

    public IReadOnlyList<AccountId32> Coldkeys { get; init; } = [];

    public IReadOnlyList<bool> Active { get; init; } = [];

    public IReadOnlyList<bool> ValidatorPermit { get; init; } = [];

    public IReadOnlyList<ushort> PruningScore { get; init; } = [];

    public IReadOnlyList<ulong> LastUpdate { get; init; } = [];

    public IReadOnlyList<ulong> Emission { get; init; } = [];

    public IReadOnlyList<ushort> Dividends { get; init; } = [];

    public IReadOnlyList<ushort> Incentives { get; init; } = [];

    public IReadOnlyList<ushort> Consensus { get; init; } = [];

    public IReadOnlyList<ushort> Trust { get; init; } = [];

    public IReadOnlyList<ushort> Rank { get; init; } = [];

    public IReadOnlyList<ulong> BlockAtRegistration { get; init; } = [];

    public IReadOnlyList<ulong> AlphaStake { get; init; } = [];

    public IReadOnlyList<ulong> TaoStake { get; init; } = [];

    public IReadOnlyList<ulong> TotalStake { get; init; } = [];

    public static SubnetState FromScale(ScaleValue value)
    {
        static ushort U16(ScaleValue v) => ScaleFields.ToU16(v, "subnet state score");
        static ulong U64(ScaleValue v) => v.ToUInt64();
        static bool Bool(ScaleValue v) => v.ToBoolean();

        // Columns a runtime does not have (rank and trust were dropped upstream) read as empty.
        return new()
        {
            Netuid = ScaleFields.U16(value, "netuid"),
            Hotkeys = ScaleFields.ColumnOrEmpty(value, "hotkeys", ScaleFields.Account),
            Coldkeys = ScaleFields.ColumnOrEmpty(value, "coldkeys", ScaleFields.Account),
            Active = ScaleFields.ColumnOrEmpty(value, "active", Bool),
            ValidatorPermit = ScaleFields.ColumnOrEmpty(value, "validator_permit", Bool),
            PruningScore = ScaleFields.ColumnOrEmpty(value, "pruning_score", U16),
            LastUpdate = ScaleFields.ColumnOrEmpty(value, "last_update", U64),
            Emission = ScaleFields.ColumnOrEmpty(value, "emission", U64),
            Dividends = ScaleFields.ColumnOrEmpty(value, "dividends", U16),
            Incentives = ScaleFields.ColumnOrEmpty(value, "incentives", U16),
            Consensus = ScaleFields.ColumnOrEmpty(value, "consensus", U16),
            Trust = ScaleFields.ColumnOrEmpty(value, "trust", U16),
            Rank = ScaleFields.ColumnOrEmpty(value, "rank", U16),
            BlockAtRegistration = ScaleFields.ColumnOrEmpty(value, "block_at_registration", U64),
            AlphaStake = ScaleFields.ColumnOrEmpty(value, "alpha_stake", U64),
            TaoStake = ScaleFields.ColumnOrEmpty(value, "tao_stake", U64),
            TotalStake = ScaleFields.ColumnOrEmpty(value, "total_stake", U64),
        };
    }
}
