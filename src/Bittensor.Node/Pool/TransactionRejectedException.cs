using Bittensor.Runtime.Framework;

namespace Bittensor.Node.Pool;

/// <summary>The pool refused a transaction: the kind, the runtime's validity error when it has one, and a reason for logs and RPC.</summary>
internal sealed class TransactionRejectedException : Exception
{
    public TransactionRejectedException()
    {
    }

    public TransactionRejectedException(string message)
        : base(message)
    {
    }

    public TransactionRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public TransactionRejectedException(PoolErrorKind kind, string message, TransactionValidityError? validity = null, ulong oldPriority = 0, ulong newPriority = 0)
        : base(message)
    {
        Kind = kind;
        Validity = validity;
        OldPriority = oldPriority;
        NewPriority = newPriority;
    }

    public PoolErrorKind Kind { get; }

    public TransactionValidityError? Validity { get; }

    /// <summary>For <see cref="PoolErrorKind.TooLowPriority"/>: the priority already in the pool.</summary>
    public ulong OldPriority { get; }

    public ulong NewPriority { get; }
}
