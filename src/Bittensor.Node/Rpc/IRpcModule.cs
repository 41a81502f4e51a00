namespace Bittensor.Node.Rpc;

/// <summary>
/// A group of RPC methods (Substrate's <c>system</c>, <c>chain</c>, <c>state</c>, <c>author</c> …). Register an
/// implementation with <c>services.AddRpcModule&lt;T&gt;()</c>; at start-up the server calls <see cref="Register"/>
/// once on every module to build its method table.
/// </summary>
internal interface IRpcModule
{
    void Register(RpcMethodTable methods);
}
