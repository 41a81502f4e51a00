namespace Bittensor.Runtime.Pallets;

/// <summary>frame_system <c>IncRefStatus</c>: whether a provider reference created the account.</summary>
public enum IncRefStatus
{
    Created,
    Existed,
}
