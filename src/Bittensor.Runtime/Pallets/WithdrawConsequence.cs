namespace Bittensor.Runtime.Pallets;

/// <summary>frame_support tokens <c>WithdrawConsequence</c> (without the amount of ReducedToZero).</summary>
public enum WithdrawConsequence
{
    Success,
    ReducedToZero,
    BalanceLow,
    WouldDie,
    UnknownAsset,
    Underflow,
    Overflow,
    Frozen,
}
