using Bittensor.Core.Primitives;
using Bittensor.Runtime.Framework.Types;
using Bittensor.Runtime.Pallets.Subtensor;
using Bittensor.Runtime.Swap;
using static Bittensor.Runtime.Api.Subtensor.StakeInfoTypes;

namespace Bittensor.Runtime.Api.Subtensor;

/// <summary>
/// <c>StakeInfoRuntimeApi</c> (version 1): stake positions per coldkey, availability, the swap fee estimate and the lock
/// queries.
/// </summary>
/// <remarks>
/// opentensor/subtensor@14bc6f9 <c>rpc_info/stake_info.rs</c>, <c>staking/lock.rs</c>. <c>locked</c>, <c>drain</c> and
/// <c>tao_emission</c> are 0 as upstream; this runtime has no stake locks, so <c>get_coldkey_lock</c> and
/// <c>get_most_convicted_hotkey_on_subnet</c> are <c>None</c>, <c>get_hotkey_conviction</c> is 0 and nothing is locked.
/// </remarks>
internal static class StakeInfoApi
{
    public static RuntimeApiDescriptor Create()
    {
        FieldDef accounts = new("coldkey_accounts", TypeRef.Vec(KnownTypes.AccountId32), "Vec<AccountId32>");
        TypeRef position = TypeRef.Option(TypeRef.Tuple(KnownTypes.AccountId32, TypeRef.U16));
        return new RuntimeApiDescriptor(
            "StakeInfoRuntimeApi",
            1,
            [
                ApiMethod.Create("get_stake_info_for_coldkey", [ApiMethod.Account("coldkey_account")], TypeRef.Vec(StakeInfo), (c, a) => ForColdkey(c, (AccountId32)a[0]!)),
                ApiMethod.Create("get_stake_info_for_coldkeys", [accounts], TypeRef.Vec(TypeRef.Tuple(KnownTypes.AccountId32, TypeRef.Vec(StakeInfo))), (c, a) => Accounts(a[0]).Select(k => (object?)new object?[] { k, ForColdkey(c, k) }).ToArray()),
                ApiMethod.Create("get_stake_info_for_hotkey_coldkey_netuid", [ApiMethod.Account("hotkey_account"), ApiMethod.Account("coldkey_account"), ApiMethod.NetUid()], TypeRef.Option(StakeInfo), (c, a) => Position(c, (AccountId32)a[0]!, (AccountId32)a[1]!, (ushort)a[2]!)),
                ApiMethod.Create("get_stake_availability_for_coldkeys", [accounts, new FieldDef("netuids", TypeRef.Option(TypeRef.Vec(TypeRef.U16)), "Option<Vec<NetUid>>")], StakeAvailabilityMap, (c, a) => Availability(c, Accounts(a[0]), a[1] is object?[] n ? [.. n.Select(x => (ushort)x!)] : null)),
                ApiMethod.Create(
                    "get_stake_fee",
                    [new("origin", position, "Option<(AccountId32, NetUid)>"), ApiMethod.Account("origin_coldkey_account"), new("destination", position, "Option<(AccountId32, NetUid)>"), ApiMethod.Account("destination_coldkey_account"), new("amount", TypeRef.U64, "u64")],
                    TypeRef.U64,
                    (c, a) => StakeFee(c, a[0] as object?[], a[2] as object?[], (ulong)a[4]!)),
                ApiMethod.Create("get_coldkey_lock", [ApiMethod.Account("coldkey"), ApiMethod.NetUid()], TypeRef.Option(LockState), (_, _) => null),
                ApiMethod.Create("get_hotkey_conviction", [ApiMethod.Account("hotkey"), ApiMethod.NetUid()], RpcInfoTypes.U64F64, (_, _) => new object?[] { UInt128.Zero }),
                ApiMethod.Create("get_most_convicted_hotkey_on_subnet", [ApiMethod.NetUid()], TypeRef.Option(KnownTypes.AccountId32), (_, _) => null),
            ],
            []);
    }

    private static AccountId32[] Accounts(object? value) => [.. ((object?[])value!).Select(v => (AccountId32)v!)];

    /// <summary><c>_get_stake_info_for_coldkeys</c> for one coldkey: subnets in storage order, then its staking hotkeys; zero stakes skipped.</summary>
    private static object?[] ForColdkey(ApiContext c, AccountId32 coldkey)
    {
        AccountId32[] hotkeys = c.Module.StakingHotkeys.Get(c.Storage, coldkey);
        var infos = new List<object?>();
        foreach (ushort netuid in c.AllNetuids())
        {
            foreach (AccountId32 hotkey in hotkeys)
            {
                if (c.Module.GetStake(c.Storage, hotkey, coldkey, netuid) != 0)
                {
                    infos.Add(Position(c, hotkey, coldkey, netuid));
                }
            }
        }

        return [.. infos];
    }

    /// <summary><c>get_stake_info_for_hotkey_coldkey_netuid</c> (always <c>Some</c>).</summary>
    private static object?[] Position(ApiContext c, AccountId32 hotkey, AccountId32 coldkey, ushort netuid) => RpcInfoTypes.Row(
        StakeInfo,
        ("hotkey", hotkey), ("coldkey", coldkey), ("netuid", netuid), ("stake", c.Module.GetStake(c.Storage, hotkey, coldkey, netuid)), ("locked", 0UL),
        ("emission", c.Module.AlphaDividendsPerSubnet.Get(c.Storage, netuid, hotkey)), ("tao_emission", 0UL), ("drain", 0UL),
        ("is_registered", c.Module.Uids.ContainsKey(c.Storage, netuid, hotkey)));

    /// <summary>
    /// <c>get_stake_availability_for_coldkeys</c>: per coldkey (map order), per subnet with stake (ascending): total, locked (0),
    /// available. A requested netuid list is deduplicated; an empty or over-long one gives every coldkey an empty map.
    /// </summary>
    private static object?[] Availability(ApiContext c, AccountId32[] coldkeys, ushort[]? requested)
    {
        ushort[] existing = c.AllNetuids();
        bool invalid = false;
        ushort[] netuids = existing;
        if (requested is not null)
        {
            ushort[] distinct = [.. requested.Distinct().Order()];
            invalid = distinct.Length == 0 || distinct.Length > existing.Length;
            netuids = [.. distinct.Where(c.SubnetExists)];
        }

        var outer = new SortedDictionary<AccountId32, object?[]>();
        foreach (AccountId32 coldkey in coldkeys)
        {
            var inner = new SortedDictionary<ushort, object?[]>();
            foreach (ushort netuid in invalid ? [] : netuids)
            {
                ulong total = c.Module.StakingHotkeys.Get(c.Storage, coldkey).Aggregate(0UL, (sum, h) => SubtensorModule.SatAdd(sum, c.Module.GetStake(c.Storage, h, coldkey, netuid)));
                if (total != 0)
                {
                    inner[netuid] = RpcInfoTypes.Row(StakeAvailability, ("total", total), ("locked", 0UL), ("available", total));
                }
            }

            outer[coldkey] = [inner.Select(p => (object?)new object?[] { p.Key, p.Value }).ToArray()];
        }

        return [outer.Select(p => (object?)new object?[] { p.Key, p.Value }).ToArray()];
    }

    /// <summary><c>get_stake_fee</c>: 0 when origin equals destination, else the swap fee of the destination's (or origin's) subnet.</summary>
    private static ulong StakeFee(ApiContext c, object?[]? origin, object?[]? destination, ulong amount)
    {
        if (SamePosition(origin, destination))
        {
            return 0;
        }

        ushort netuid = (ushort)((destination ?? origin)?[1] ?? (ushort)0);
        return SwapEngine.CalculateFee(c.Module.GetPool(c.Storage, netuid), amount, dropFees: false);
    }

    private static bool SamePosition(object?[]? a, object?[]? b) =>
        a is null || b is null ? a is null && b is null : ((AccountId32)a[0]!).Equals((AccountId32)b[0]!) && (ushort)a[1]! == (ushort)b[1]!;
}
