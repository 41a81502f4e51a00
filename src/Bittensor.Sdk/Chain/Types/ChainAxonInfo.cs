using System.Net;
using Bittensor.Core.Metadata;
using Bittensor.Core.Primitives;
using Bittensor.Sdk.Axons;

namespace Bittensor.Sdk.Chain.Types;

/// <summary>The on-chain <c>AxonInfo</c> (SubtensorModule.Axons / neuron records): the IP is a u128 integer.</summary>
public sealed record ChainAxonInfo(ulong Block, uint Version, UInt128 Ip, ushort Port, byte IpType, byte Protocol)
{
    public static ChainAxonInfo FromScale(ScaleValue value) => new(
        ScaleFields.U64(value, "block"),
        (uint)ScaleFields.U64(value, "version"),
        ScaleFields.Get(value, "ip").ToUInt128(),
        ScaleFields.U16(value, "port"),
        (byte)ScaleFields.U64(value, "ip_type"),
        (byte)ScaleFields.U64OrDefault(value, "protocol"));

    /// <summary>The address text (IPv4 dotted or IPv6), as upstream's <c>int_to_ip</c>.</summary>
    public string IpAddress => IpType == 6
        ? new IPAddress(ToBigEndian(Ip, 16)).ToString()
        : new IPAddress(ToBigEndian(Ip, 4)).ToString();

    /// <summary>The SDK's <see cref="AxonInfo"/> for dendrite calls.</summary>
    public AxonInfo ToAxonInfo(AccountId32 hotkey, AccountId32 coldkey) =>
        new(IpAddress, Port, hotkey.ToSs58()) { Coldkey = coldkey.ToSs58(), Version = Version, Protocol = Protocol };

    private static byte[] ToBigEndian(UInt128 value, int length)
    {
        byte[] bytes = new byte[length];
        for (int i = length - 1; i >= 0; i--)
        {
            bytes[i] = (byte)(value & 0xff);
            value >>= 8;
        }

        return bytes;
    }
}
