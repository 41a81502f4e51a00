namespace Bittensor.Runtime.Pallets;

/// <summary>frame_system <c>DecRefStatus</c>: whether removing a provider reference reaped the account.</summary>
public enum DecRefStatus
{
    Reaped,
    Exists,
}
