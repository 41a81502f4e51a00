using Bittensor.Core.Hashing;
using Bittensor.Core.Primitives;
using Bittensor.Runtime.Framework;
using Bittensor.Runtime.Framework.Storage;
using Bittensor.Runtime.Framework.Types;

namespace Bittensor.Runtime.Pallets.Subtensor;

/// <summary><c>serve_axon</c>: a registered hotkey publishes its endpoint.</summary>
/// <remarks>opentensor/subtensor@14bc6f9 <c>subnets/serving.rs::{do_serve_axon, validate_serve_axon, is_valid_ip_type,
/// is_valid_ip_address, axon_passes_rate_limit}</c>.</remarks>
public sealed partial class SubtensorModule
{
    private static readonly UInt128 Ipv6Localhost = 1;

    public CallDescriptor ServeAxon { get; private set; } = null!;

    public CallDescriptor ServePrometheus { get; private set; } = null!;

    public StorageDoubleMap<ushort, AccountId32, PrometheusInfo> Prometheus { get; private set; } = null!;

    private void DefineServingCalls()
    {
        ServeAxon = DefineCall(
            4,
            "serve_axon",
            [P("netuid", TypeRef.U16, "NetUid"), P("version", TypeRef.U32, "u32"), P("ip", TypeRef.U128, "u128"), P("port", TypeRef.U16, "u16"), P("ip_type", TypeRef.U8, "u8"), P("protocol", TypeRef.U8, "u8"), P("placeholder1", TypeRef.U8, "u8"), P("placeholder2", TypeRef.U8, "u8")],
            DoServeAxon,
            new Weight(33_010_000, 0).SaturatingAdd(BlockLimits.ReadsWrites(4, 1)),
            pays: Pays.No, docs: " Sets the axon information of the calling hotkey on a subnet.");
        Prometheus = DefineDoubleMap("Prometheus", StorageHasher.Identity, Codecs.U16, StorageHasher.Blake2_128Concat, Codecs.AccountId32, SubtensorCodecs.Prometheus, StorageModifier.Optional, default(PrometheusInfo));
        ServePrometheus = DefineCall(
            5,
            "serve_prometheus",
            [P("netuid", TypeRef.U16, "NetUid"), P("version", TypeRef.U32, "u32"), P("ip", TypeRef.U128, "u128"), P("port", TypeRef.U16, "u16"), P("ip_type", TypeRef.U8, "u8")],
            DoServePrometheus,
            new Weight(29_760_000, 0).SaturatingAdd(BlockLimits.ReadsWrites(4, 1)),
            pays: Pays.No, docs: " Sets the prometheus information of the calling hotkey on a subnet.");
    }

    /// <summary>
    /// <c>do_serve_prometheus</c> / <c>validate_serve_prometheus</c>: unlike serve_axon, the ip checks come before the
    /// registration check; then the serving rate limit, then the port.
    /// </summary>
    private DispatchResult DoServePrometheus(DispatchContext context, Origin origin, CallArgs args)
    {
        if (!origin.TryGetSigner(out AccountId32 hotkey))
        {
            return DispatchError.BadOrigin;
        }

        ushort netuid = args.U16(0);
        UInt128 ip = args.Get<UInt128>(2);
        ushort port = args.U16(3);
        byte ipType = args.U8(4);
        var s = context.Storage;
        if (ipType != 4 && ipType != 6)
        {
            return InvalidIpType;
        }

        if (!IsValidIpAddress(ipType, ip))
        {
            return InvalidIpAddress;
        }

        if (!Uids.ContainsKey(s, netuid, hotkey))
        {
            return HotKeyNotRegisteredInNetwork;
        }

        ulong block = context.BlockNumber;
        ulong previous = Prometheus.TryGet(s, netuid, hotkey, out PrometheusInfo prev) ? prev.Block : 0;
        ulong limit = ServingRateLimit.Get(s, netuid);
        if (limit != 0 && !PassesRateLimit(limit, block, previous))
        {
            return ServingRateLimitExceeded;
        }

        if (port == 0)
        {
            return InvalidPort;
        }

        Prometheus.Insert(s, netuid, hotkey, new PrometheusInfo(block, args.U32(1), ip, port, ipType));
        context.DepositEvent(PrometheusServed.Create(netuid, hotkey));
        return DispatchResult.Ok;
    }

    /// <summary>IPv4 below 2^32 and not 127.0.0.1; IPv6 not all-ones and not ::1; 0 is allowed.</summary>
    public static bool IsValidIpAddress(byte ipType, UInt128 ip)
    {
        if (ipType == 4)
        {
            return ip < ((UInt128)1 << 32) && ip != 0x7F00_0001;
        }

        return ip != UInt128.MaxValue && ip != Ipv6Localhost;
    }

    private DispatchResult DoServeAxon(DispatchContext context, Origin origin, CallArgs args)
    {
        if (!origin.TryGetSigner(out AccountId32 hotkey))
        {
            return DispatchError.BadOrigin;
        }

        ushort netuid = args.U16(0);
        uint version = args.U32(1);
        UInt128 ip = args.Get<UInt128>(2);
        ushort port = args.U16(3);
        byte ipType = args.U8(4);
        var s = context.Storage;
        if (!Uids.ContainsKey(s, netuid, hotkey))
        {
            return HotKeyNotRegisteredInNetwork;
        }

        if (ipType != 4 && ipType != 6)
        {
            return InvalidIpType;
        }

        if (!IsValidIpAddress(ipType, ip))
        {
            return InvalidIpAddress;
        }

        ulong block = context.BlockNumber;
        ulong previous = Axons.TryGet(s, netuid, hotkey, out AxonInfo prev) ? prev.Block : 0;
        ulong limit = ServingRateLimit.Get(s, netuid);
        if (limit != 0 && !PassesRateLimit(limit, block, previous))
        {
            return ServingRateLimitExceeded;
        }

        // validate_axon_data runs after the rate limit upstream.
        if (port == 0)
        {
            return InvalidPort;
        }

        Axons.Insert(s, netuid, hotkey, new AxonInfo(block, version, ip, port, ipType, args.U8(5), args.U8(6), args.U8(7)));
        context.DepositEvent(AxonServed.Create(netuid, hotkey));
        return DispatchResult.Ok;
    }
}
