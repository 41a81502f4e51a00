namespace Bittensor.Node.Pool;

/// <summary>Receives a watched transaction's status updates, in order, ending with a final one. Must not block.</summary>
internal interface ITransactionWatcher
{
    void OnStatus(TransactionStatus status);
}
