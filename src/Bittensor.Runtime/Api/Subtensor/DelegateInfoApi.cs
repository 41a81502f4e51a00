using System.Buffers.Binary;
using Bittensor.Core.FixedPoint;
using Bittensor.Core.Primitives;
using Bittensor.Runtime.Framework.Types;
using Bittensor.Runtime.Pallets.Subtensor;
using static Bittensor.Runtime.Api.Subtensor.StakeInfoTypes;

namespace Bittensor.Runtime.Api.Subtensor;

/// <summary><c>DelegateInfoRuntimeApi</c> (version 1): <c>get_delegates</c>, <c>get_delegate</c>, <c>get_delegated</c>.</summary>
/// <remarks>
/// opentensor/subtensor@14bc6f9 <c>rpc_info/delegate_info.rs</c>. Delegates are the keys of <c>Delegates</c> in storage order;
/// nominators come from the hotkey's <c>Alpha</c> shares (zero shares skipped), grouped per coldkey in account order;
/// <c>total_daily_return</c> sums <c>emission · 7200 / tempo</c> over the subnets the hotkey is registered on and
/// <c>return_per_1000</c> divides it, less the take, by the hotkey's root stake in units of 1000 TAO (all U64F64).
/// </remarks>
internal static class DelegateInfoApi
{
    /// <summary>Offset of the coldkey in an <c>Alpha</c> key: prefix 32, then blake2_128 ‖ hotkey, then blake2_128.</summary>
    private const int AlphaColdkeyOffset = 32 + 16 + 32 + 16;

    public static RuntimeApiDescriptor Create() => new(
        "DelegateInfoRuntimeApi",
        1,
        [
            ApiMethod.Create("get_delegates", [], TypeRef.Vec(DelegateInfo), (c, _) => Delegates(c).Select(d => (object?)Info(c, d, skipNominators: false)).ToArray()),
            ApiMethod.Create("get_delegate", [ApiMethod.Account("delegate_account")], TypeRef.Option(DelegateInfo), (c, a) => Delegate(c, (AccountId32)a[0]!)),
            ApiMethod.Create("get_delegated", [ApiMethod.Account("delegatee_account")], TypeRef.Vec(Delegated), (c, a) => DelegatedTo(c, (AccountId32)a[0]!)),
        ],
        []);

    private static IEnumerable<AccountId32> Delegates(ApiContext c) => c.Module.Delegates.Iterate(c.Storage).Select(e => e.Key);

    private static object?[]? Delegate(ApiContext c, AccountId32 delegate_) =>
        c.Module.Delegates.ContainsKey(c.Storage, delegate_) ? Info(c, delegate_, skipNominators: false) : null;

    /// <summary><c>get_delegated</c>: for every delegate, one item per subnet where <paramref name="delegatee"/> holds shares of it.</summary>
    private static object?[] DelegatedTo(ApiContext c, AccountId32 delegatee)
    {
        var items = new List<object?>();
        foreach (AccountId32 delegate_ in Delegates(c))
        {
            foreach (KeyValuePair<byte[], UInt128> entry in c.Module.Alpha.IteratePrefix(c.Storage, delegate_, delegatee))
            {
                ushort netuid = BinaryPrimitives.ReadUInt16LittleEndian(entry.Key.AsSpan(AlphaColdkeyOffset + 32));
                items.Add(new object?[] { Info(c, delegate_, skipNominators: true), new object?[] { netuid, c.Module.GetStake(c.Storage, delegate_, delegatee, netuid) } });
            }
        }

        return [.. items];
    }

    /// <summary><c>get_delegate_by_existing_account</c>.</summary>
    private static object?[] Info(ApiContext c, AccountId32 delegate_, bool skipNominators)
    {
        SubtensorModule m = c.Module;
        var s = c.Storage;
        object?[] nominators = skipNominators ? [] : Nominators(c, delegate_);
        ushort[] registrations = [.. m.IsNetworkMember.IteratePrefix(s, delegate_).Where(e => e.Value).Select(e => e.Key)];
        var permits = new List<object?>();
        U64F64 perDay = U64F64.Zero;
        foreach (ushort netuid in registrations)
        {
            if (!m.Uids.TryGet(s, netuid, delegate_, out ushort uid))
            {
                continue;
            }

            if (ApiContext.At(m.ValidatorPermit.Get(s, netuid), uid))
            {
                permits.Add(netuid);
            }

            U64F64 emission = U64F64.FromInt(ApiContext.At(m.Emission.Get(s, netuid), uid));
            U64F64 tempo = U64F64.FromInt(m.Tempo.Get(s, netuid));
            if (tempo > U64F64.Zero)
            {
                perDay = perDay.SaturatingAdd(emission.SaturatingMul(U64F64.FromInt(7200).SafeDiv(tempo)));
            }
        }

        ushort take = m.Delegates.Get(s, delegate_);
        U64F64 totalStake = U64F64.FromInt(m.TotalHotkeyAlpha.Get(s, delegate_, SubtensorModule.RootNetUid));
        return RpcInfoTypes.Row(
            DelegateInfo,
            ("delegate_ss58", delegate_), ("take", take), ("nominators", nominators), ("owner_ss58", c.Owner(delegate_)),
            ("registrations", SubnetInfoApi.Boxed(registrations)), ("validator_permits", permits.ToArray()),
            ("return_per_1000", ReturnPer1000(take, totalStake, perDay).SaturatingToInt<ulong>()), ("total_daily_return", perDay.SaturatingToInt<ulong>()));
    }

    /// <summary><c>return_per_1000_tao</c>.</summary>
    private static U64F64 ReturnPer1000(ushort take, U64F64 totalStake, U64F64 perDay)
    {
        U64F64 withoutTake = U64F64.One.SaturatingSub(U64F64.FromInt(take).SafeDiv(U64F64.FromInt(ushort.MaxValue)));
        return totalStake > U64F64.Zero
            ? perDay.SaturatingMul(withoutTake).SafeDiv(totalStake.SafeDiv(U64F64.FromInt(1_000_000_000_000)))
            : U64F64.Zero;
    }

    /// <summary>
    /// The delegate's nominators: each non-zero <c>Alpha</c> share valued in the share pool upstream picks by position
    /// (<c>alpha_share_pools[netuid]</c> over <c>get_all_subnet_netuids()</c>), grouped per coldkey in account order.
    /// </summary>
    private static object?[] Nominators(ApiContext c, AccountId32 delegate_)
    {
        ushort[] pools = c.AllNetuids();
        var byNominator = new SortedDictionary<AccountId32, List<object?>>();
        foreach (KeyValuePair<byte[], UInt128> entry in c.Module.Alpha.IteratePrefix(c.Storage, delegate_))
        {
            if (entry.Value == UInt128.Zero)
            {
                continue;
            }

            var nominator = new AccountId32(entry.Key.AsSpan(AlphaColdkeyOffset, 32));
            ushort netuid = BinaryPrimitives.ReadUInt16LittleEndian(entry.Key.AsSpan(AlphaColdkeyOffset + 32));
            if (netuid >= pools.Length)
            {
                continue;
            }

            ushort pool = pools[netuid];
            UInt128 denominator = c.Module.TotalHotkeyShares.Get(c.Storage, delegate_, pool);
            ulong value = denominator == UInt128.Zero ? 0 : ValueOfShares(c.Module.TotalHotkeyAlpha.Get(c.Storage, delegate_, pool), entry.Value, denominator);
            if (!byNominator.TryGetValue(nominator, out List<object?>? stakes))
            {
                byNominator[nominator] = stakes = [];
            }

            stakes.Add(new object?[] { netuid, value });
        }

        return [.. byNominator.Select(p => (object?)new object?[] { p.Key, p.Value.ToArray() })];
    }

    /// <summary><c>get_value_from_shares</c>: <c>floor(total · shares / denominator)</c>, saturating.</summary>
    private static ulong ValueOfShares(ulong total, UInt128 shares, UInt128 denominator)
    {
        System.Numerics.BigInteger value = (System.Numerics.BigInteger)total * shares / denominator;
        return value > ulong.MaxValue ? ulong.MaxValue : (ulong)value;
    }
}
