namespace Bittensor.Node.Rpc;

/// <summary>One response object before it is written: an id with either the result's JSON or an error.</summary>
internal readonly record struct RpcResponse(RpcId Id, byte[]? Result, RpcError? Error)
{
    public static RpcResponse Success(RpcId id, byte[] result) => new(id, result, null);

    public static RpcResponse Failure(RpcId id, RpcError error) => new(id, null, error);
}
