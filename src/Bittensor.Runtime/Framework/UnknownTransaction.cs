namespace Bittensor.Runtime.Framework;

/// <summary><c>sp_runtime::transaction_validity::UnknownTransaction</c>, in SCALE variant order.</summary>
public enum UnknownTransaction : byte
{
    CannotLookup = 0,
    NoUnsignedValidator = 1,
    Custom = 2,
}
