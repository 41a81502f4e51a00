using Bittensor.Node.Pool;

namespace Bittensor.Node.Metrics;

/// <summary>The pool's counts for <c>substrate_ready_transactions_number</c> and <c>substrate_future_transactions_number</c>.</summary>
internal sealed class TransactionPoolSize(TransactionPool pool) : ITransactionPoolSize
{
    public int ReadyCount => pool.ReadyCount;

    public int FutureCount => Math.Max(0, pool.Count - pool.ReadyCount);
}
