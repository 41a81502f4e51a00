using Bittensor.Core.FixedPoint;
using Bittensor.Core.Primitives;
using Bittensor.Runtime.Framework.Storage;
using Bittensor.Runtime.Pallets.Subtensor;

namespace Bittensor.Runtime.Api.Subtensor;

/// <summary>
/// One runtime API call's view of SubtensorModule: the state of the called block (through a throw-away overlay) and that
/// block's number, with the read helpers the <c>rpc_info</c> functions share.
/// </summary>
internal sealed class ApiContext
{
    public ApiContext(RuntimeApiCall call)
    {
        Storage = new StorageOverlay(call.State);
        Module = call.Runtime.Subtensor;
        Block = call.Runtime.Runtime.System.Number.Get(Storage);
    }

    public IStorage Storage { get; }

    public SubtensorModule Module { get; }

    /// <summary><c>get_current_block_as_u64</c>: the number of the block whose state is read.</summary>
    public ulong Block { get; }

    /// <summary><c>if_subnet_exist</c>.</summary>
    public bool SubnetExists(ushort netuid) => Module.NetworksAdded.Get(Storage, netuid);

    /// <summary><c>get_all_subnet_netuids</c>: every <c>NetworksAdded</c> key in storage order (little-endian key bytes).</summary>
    public ushort[] AllNetuids() => [.. Module.NetworksAdded.Iterate(Storage).Select(e => e.Key)];

    /// <summary><c>get_subnets_info</c>'s order: existing subnets ascending.</summary>
    public IEnumerable<ushort> AddedNetuidsAscending() =>
        Module.NetworksAdded.Iterate(Storage).Where(e => e.Value).Select(e => e.Key).Order();

    /// <summary><c>Keys::try_get</c>.</summary>
    public bool TryHotkey(ushort netuid, ushort uid, out AccountId32 hotkey) => Module.Keys.TryGet(Storage, netuid, uid, out hotkey);

    /// <summary><c>Keys::get</c> (zero account when absent) for uids <c>0..SubnetworkN</c>.</summary>
    public AccountId32[] Hotkeys(ushort netuid)
    {
        ushort n = Module.SubnetworkN.Get(Storage, netuid);
        var hotkeys = new AccountId32[n];
        for (ushort uid = 0; uid < n; uid++)
        {
            hotkeys[uid] = Module.Keys.Get(Storage, netuid, uid);
        }

        return hotkeys;
    }

    public AccountId32 Owner(in AccountId32 hotkey) => Module.Owner.Get(Storage, hotkey);

    /// <summary><c>get_axon_info</c>: the stored axon, or all zeros.</summary>
    public object?[] Axon(ushort netuid, in AccountId32 hotkey)
    {
        AxonInfo a = Module.Axons.TryGet(Storage, netuid, hotkey, out AxonInfo axon) ? axon : default;
        return [a.Block, a.Version, a.Ip, a.Port, a.IpType, a.Protocol, a.Placeholder1, a.Placeholder2];
    }

    /// <summary><c>get_prometheus_info</c>: no <c>Prometheus</c> storage here, so upstream's all-zero default.</summary>
    public static object?[] Prometheus() => [0UL, 0U, UInt128.Zero, (ushort)0, (byte)0];

    /// <summary>Per-uid vectors read with upstream's <c>get(uid).unwrap_or(default)</c>.</summary>
    public static T At<T>(T[] values, ushort uid)
        where T : struct => uid < values.Length ? values[uid] : default;

    /// <summary>
    /// <c>get_stake_weights_for_network</c> as u64 per uid (<c>fixed64_to_u64</c>): alpha = <c>TotalHotkeyAlpha</c> on the
    /// subnet (no child keys here), tao = the hotkey's root alpha, total = alpha + tao · tao_weight (I64F64, tao_weight =
    /// <c>TaoWeight / u64::MAX</c> in U96F32).
    /// </summary>
    /// <remarks>opentensor/subtensor@14bc6f9 <c>staking/stake_utils.rs::get_stake_weights_for_network</c>.</remarks>
    public (ulong[] Total, ulong[] Alpha, ulong[] Tao) StakeWeights(ushort netuid)
    {
        ushort n = Module.SubnetworkN.Get(Storage, netuid);
        I64F64 taoWeight = TaoWeight();
        var total = new ulong[n];
        var alpha = new ulong[n];
        var tao = new ulong[n];
        for (ushort uid = 0; uid < n; uid++)
        {
            if (!Module.Keys.TryGet(Storage, netuid, uid, out AccountId32 hotkey))
            {
                continue;
            }

            (I64F64 t, I64F64 a, I64F64 r) = StakeWeight(hotkey, netuid, taoWeight);
            (total[uid], alpha[uid], tao[uid]) = (ToU64(t), ToU64(a), ToU64(r));
        }

        return (total, alpha, tao);
    }

    /// <summary><c>get_stake_weights_for_hotkey_on_subnet</c>: (total, alpha, tao).</summary>
    public (I64F64 Total, I64F64 Alpha, I64F64 Tao) StakeWeight(in AccountId32 hotkey, ushort netuid, I64F64 taoWeight)
    {
        I64F64 alpha = I64F64.SaturatingFromInt(Module.TotalHotkeyAlpha.Get(Storage, hotkey, netuid));
        I64F64 tao = I64F64.SaturatingFromInt(Module.TotalHotkeyAlpha.Get(Storage, hotkey, SubtensorModule.RootNetUid));
        return (alpha.SaturatingAdd(tao.SaturatingMul(taoWeight)), alpha, tao);
    }

    /// <summary><c>get_tao_weight</c> as I64F64.</summary>
    public I64F64 TaoWeight() =>
        I64F64.SaturatingFromFixed(U96F32.SaturatingFromInt(Module.TaoWeight.Get(Storage)).SafeDiv(U96F32.SaturatingFromInt(ulong.MaxValue)));

    /// <summary><c>fixed64_to_u64</c>: <c>x.to_num::&lt;u64&gt;()</c> (truncating; the values here are never negative).</summary>
    private static ulong ToU64(I64F64 x) => x.SaturatingToInt<ulong>();
}
