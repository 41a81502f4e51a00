namespace Bittensor.Node.Pool;

/// <summary>Why the pool refused a transaction (sc-transaction-pool-api <c>error::Error</c>; mapped to author RPC codes 1001–1016).</summary>
internal enum PoolErrorKind
{
    /// <summary>The bytes do not decode as an extrinsic (1001).</summary>
    BadFormat,

    /// <summary>The runtime answered <c>InvalidTransaction</c> (1010).</summary>
    InvalidTransaction,

    /// <summary>The runtime answered <c>UnknownTransaction</c> (1011).</summary>
    UnknownValidity,

    /// <summary>Recently found invalid (1012).</summary>
    TemporarilyBanned,

    /// <summary>The same extrinsic is already in the pool (1013).</summary>
    AlreadyImported,

    /// <summary>Another transaction with the same tag and at least this priority is in the pool (1014).</summary>
    TooLowPriority,

    /// <summary>The pool is full and this transaction ranks last (1016).</summary>
    ImmediatelyDropped,
}
