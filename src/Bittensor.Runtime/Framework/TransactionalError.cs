namespace Bittensor.Runtime.Framework;

/// <summary><c>sp_runtime::TransactionalError</c>.</summary>
public enum TransactionalError : byte
{
    LimitReached = 0,
    NoLayer = 1,
}
