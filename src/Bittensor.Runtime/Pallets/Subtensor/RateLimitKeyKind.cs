namespace Bittensor.Runtime.Pallets.Subtensor;

/// <summary>The variants of <c>RateLimitKey</c> with their codec indices.</summary>
/// <remarks>opentensor/subtensor@14bc6f9 <c>lib.rs::RateLimitKey</c>.</remarks>
public enum RateLimitKeyKind : byte
{
    SetSNOwnerHotkey = 0,
    OwnerHyperparamUpdate = 1,
    NetworkLastRegistered = 2,
    LastTxBlock = 3,
    LastTxBlockChildKeyTake = 4,
    LastTxBlockDelegateTake = 5,
    AddStakeBurn = 6,
}
