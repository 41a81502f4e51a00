namespace Bittensor.Runtime.Pallets.Subtensor;

/// <summary>A neuron's Prometheus endpoint (<c>PrometheusInfo</c>: block, version, ip, port, ip_type).</summary>
/// <remarks>opentensor/subtensor@14bc6f9 <c>lib.rs::PrometheusInfo</c>.</remarks>
public readonly record struct PrometheusInfo(ulong Block, uint Version, UInt128 Ip, ushort Port, byte IpType);
