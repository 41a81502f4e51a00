using System.Net;
using System.Net.Sockets;

namespace Bittensor.Sdk.Axons;

/// <summary>
/// Where an axon is served and whose hotkey it speaks for (bittensor <c>AxonInfo</c>: the on-chain
/// <c>Axons[netuid][hotkey]</c> entry plus the hotkey and coldkey).
/// </summary>
/// <param name="Ip">IPv4 or IPv6 address text.</param>
/// <param name="Port">TCP port.</param>
/// <param name="Hotkey">SS58 address of the axon's hotkey.</param>
public sealed record AxonInfo(string Ip, int Port, string Hotkey)
{
    /// <summary>SS58 address of the owning coldkey, when known.</summary>
    public string? Coldkey { get; init; }

    /// <summary>SDK version the axon advertised.</summary>
    public long Version { get; init; }

    /// <summary>Protocol field of the on-chain record (the SDK always sends 4).</summary>
    public int Protocol { get; init; } = 4;

    /// <summary>4 or 6.</summary>
    public int IpType => IPAddress.TryParse(Ip, out IPAddress? address) && address.AddressFamily == AddressFamily.InterNetworkV6 ? 6 : 4;

    /// <summary>False for the unset address <c>0.0.0.0</c>.</summary>
    public bool IsServing => Ip != "0.0.0.0";

    /// <summary>The <c>http://ip:port</c> base address (IPv6 bracketed, unlike upstream).</summary>
    public string BaseAddress => IpType == 6 ? $"http://[{Ip}]:{Port}" : $"http://{Ip}:{Port}";

    /// <summary>Upstream's string form <c>/ipv4/1.2.3.4:8091</c>.</summary>
    public override string ToString() => $"/ipv{IpType}/{Ip}:{Port}";
}
