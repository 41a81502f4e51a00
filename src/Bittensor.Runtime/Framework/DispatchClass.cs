namespace Bittensor.Runtime.Framework;

/// <summary><c>frame_support::dispatch::DispatchClass</c>.</summary>
public enum DispatchClass : byte
{
    Normal = 0,
    Operational = 1,
    Mandatory = 2,
}
