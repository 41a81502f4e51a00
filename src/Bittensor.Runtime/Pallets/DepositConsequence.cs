namespace Bittensor.Runtime.Pallets;

/// <summary>frame_support tokens <c>DepositConsequence</c>.</summary>
public enum DepositConsequence
{
    Success,
    BelowMinimum,
    CannotCreate,
    UnknownAsset,
    Overflow,
    Blocked,
}
