namespace Bittensor.Node.Rpc;

/// <summary>What a method-table entry does.</summary>
internal enum RpcMethodKind
{
    Call,
    Subscribe,
    Unsubscribe,
}
