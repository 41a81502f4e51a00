using Bittensor.Core.Primitives;

namespace Bittensor.Node.Pool;

/// <summary>
/// The ready transactions in block-building order (sc-transaction-pool <c>BestIterator</c>): highest priority first (then
/// oldest), and a transaction only once every tag it requires was provided by one already reported included. A
/// transaction reported failed keeps its dependents out of this block.
/// </summary>
internal sealed class BestTransactions
{
    private readonly PriorityQueue<PoolTransaction, (ulong, long)> _queue = new(Comparer<(ulong Priority, long Id)>.Create(static (a, b) => a.Priority != b.Priority ? b.Priority.CompareTo(a.Priority) : a.Id.CompareTo(b.Id)));
    private readonly Dictionary<string, List<PoolTransaction>> _waiting = [];
    private readonly Dictionary<H256, int> _missing = [];

    /// <param name="ready">The ready transactions.</param>
    /// <param name="providedInPool">Tags some ready transaction provides (a requirement on one of these waits for it).</param>
    internal BestTransactions(IReadOnlyCollection<PoolTransaction> ready, IReadOnlySet<string> providedInPool)
    {
        foreach (PoolTransaction tx in ready)
        {
            int missing = 0;
            foreach (byte[] tag in tx.Validity.Requires)
            {
                string key = Convert.ToHexString(tag);
                if (providedInPool.Contains(key))
                {
                    missing++;
                    if (!_waiting.TryGetValue(key, out List<PoolTransaction>? list))
                    {
                        _waiting[key] = list = [];
                    }

                    list.Add(tx);
                }
            }

            if (missing == 0)
            {
                _queue.Enqueue(tx, (tx.Priority, tx.InsertionId));
            }
            else
            {
                _missing[tx.Hash] = missing;
            }
        }
    }

    public bool TryNext(out PoolTransaction transaction) => _queue.TryDequeue(out transaction!, out _);

    /// <summary>The transaction went into the block: transactions waiting on its tags may follow.</summary>
    public void MarkIncluded(PoolTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        foreach (byte[] tag in transaction.Validity.Provides)
        {
            if (!_waiting.Remove(Convert.ToHexString(tag), out List<PoolTransaction>? dependents))
            {
                continue;
            }

            foreach (PoolTransaction dependent in dependents)
            {
                if (_missing.TryGetValue(dependent.Hash, out int left) && --left == 0)
                {
                    _missing.Remove(dependent.Hash);
                    _queue.Enqueue(dependent, (dependent.Priority, dependent.InsertionId));
                }
                else if (left > 0)
                {
                    _missing[dependent.Hash] = left;
                }
            }
        }
    }
}
