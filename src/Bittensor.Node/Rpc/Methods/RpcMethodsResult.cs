namespace Bittensor.Node.Rpc.Methods;

/// <summary><c>rpc_methods</c>: <c>{"methods":[…every name and alias, sorted…]}</c>.</summary>
internal sealed record RpcMethodsResult(IReadOnlyList<string> Methods);
