using Bittensor.Core.Metadata;
using Bittensor.Core.Primitives;

namespace Bittensor.Sdk.Chain.Types;

/// <summary><c>DelegateInfoRuntimeApi.get_delegates</c> record (subtensor rpc_info/delegate_info.rs DelegateInfo).</summary>
public sealed record DelegateInfo
{
    public required AccountId32 Hotkey { get; init; }

    /// <summary>Take as u16 (65535 = 100 %).</summary>
    public ulong Take { get; init; }

    /// <summary>Per nominator: (netuid, stake in rao) pairs.</summary>
    public IReadOnlyList<(AccountId32 Nominator, IReadOnlyList<(ushort Netuid, ulong Stake)> Stakes)> Nominators { get; init; } = [];

    public required AccountId32 Owner { get; init; }

    public IReadOnlyList<ushort> Registrations { get; init; } = [];

    public IReadOnlyList<ushort> ValidatorPermits { get; init; } = [];

    public ulong ReturnPer1000 { get; init; }

    public ulong TotalDailyReturn { get; init; }

    public static DelegateInfo FromScale(ScaleValue value) => new()
    {
        Hotkey = ScaleFields.Account(value, "delegate_ss58"),
        Take = ScaleFields.U64OrDefault(value, "take"),
        Nominators = [.. ScaleFields.Items(ScaleFields.Get(value, "nominators")).Select(n =>
            (ScaleFields.Account(n[0]), (IReadOnlyList<(ushort, ulong)>)[.. ScaleFields.Items(n[1]).Select(s => (checked((ushort)s[0].ToUInt64()), s[1].ToUInt64()))]))],
        Owner = ScaleFields.Account(value, "owner_ss58"),
        Registrations = [.. ScaleFields.Items(ScaleFields.Get(value, "registrations")).Select(r => checked((ushort)r.ToUInt64()))],
        ValidatorPermits = [.. ScaleFields.Items(ScaleFields.Get(value, "validator_permits")).Select(r => checked((ushort)r.ToUInt64()))],
        ReturnPer1000 = ScaleFields.U64OrDefault(value, "return_per_1000"),
        TotalDailyReturn = ScaleFields.U64OrDefault(value, "total_daily_return"),
    };
}
