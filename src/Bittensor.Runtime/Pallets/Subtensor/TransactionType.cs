namespace Bittensor.Runtime.Pallets.Subtensor;

/// <summary>Rate-limited transaction kinds; the value is the <c>u16</c> stored in <c>TransactionKeyLastBlock</c> keys.</summary>
/// <remarks>opentensor/subtensor@14bc6f9 <c>utils/rate_limiting.rs::TransactionType</c> (<c>From&lt;TransactionType&gt; for u16</c>).</remarks>
public enum TransactionType : ushort
{
    SetChildren = 0,
    SetChildkeyTake = 1,
    Unknown = 2,
    RegisterNetwork = 3,
    SetWeightsVersionKey = 4,
    SetSNOwnerHotkey = 5,
    OwnerHyperparamUpdate = 6,
    MechanismCountUpdate = 7,
    MechanismEmission = 8,
    MaxUidsTrimming = 9,
    AddStakeBurn = 10,
    TempoUpdate = 11,
}
