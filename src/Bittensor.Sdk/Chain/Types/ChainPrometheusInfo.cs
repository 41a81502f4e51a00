using Bittensor.Core.Metadata;

namespace Bittensor.Sdk.Chain.Types;

/// <summary>The on-chain <c>PrometheusInfo</c>.</summary>
public sealed record ChainPrometheusInfo(ulong Block, uint Version, UInt128 Ip, ushort Port, byte IpType)
{
    public static ChainPrometheusInfo FromScale(ScaleValue value) => new(
        ScaleFields.U64(value, "block"),
        (uint)ScaleFields.U64(value, "version"),
        ScaleFields.Get(value, "ip").ToUInt128(),
        ScaleFields.U16(value, "port"),
        (byte)ScaleFields.U64(value, "ip_type"));
}
