namespace Bittensor.Runtime.Framework;

/// <summary><c>sp_runtime::TokenError</c>.</summary>
public enum TokenError : byte
{
    FundsUnavailable = 0,
    OnlyProvider = 1,
    BelowMinimum = 2,
    CannotCreate = 3,
    UnknownAsset = 4,
    Frozen = 5,
    Unsupported = 6,
    CannotCreateHold = 7,
    NotExpendable = 8,
    Blocked = 9,
}
