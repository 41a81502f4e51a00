namespace Bittensor.Node.Pool;

/// <summary>The variants of Substrate's <c>TransactionStatus</c> (sc-transaction-pool-api) a watcher is sent.</summary>
internal enum TransactionStatusKind
{
    Future,
    Ready,
    InBlock,
    Finalized,
    Usurped,
    Dropped,
    Invalid,
}
