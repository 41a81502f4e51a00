namespace Bittensor.Runtime.Pallets.Subtensor;

/// <summary>
/// <c>AxonInfo</c> as stored in <c>Axons[netuid][hotkey]</c>: <c>{block u64, version u32, ip u128, port u16, ip_type u8,
/// protocol u8, placeholder1 u8, placeholder2 u8}</c>.
/// </summary>
/// <remarks>opentensor/subtensor@14bc6f9 <c>pallets/subtensor/src/lib.rs::AxonInfo</c>.</remarks>
public readonly record struct AxonInfo(ulong Block, uint Version, UInt128 Ip, ushort Port, byte IpType, byte Protocol, byte Placeholder1, byte Placeholder2);
