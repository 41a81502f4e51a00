namespace Bittensor.Node.Metrics;

/// <summary>
/// What the Prometheus endpoint reads from the transaction pool (<c>substrate_ready_transactions_number</c>). The pool
/// registers an implementation in DI; without one the gauge is not exported.
/// </summary>
internal interface ITransactionPoolSize
{
    /// <summary>Transactions ready for the next block.</summary>
    int ReadyCount { get; }

    /// <summary>Transactions waiting for an earlier nonce.</summary>
    int FutureCount { get; }
}
