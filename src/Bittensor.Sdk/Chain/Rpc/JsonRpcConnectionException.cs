namespace Bittensor.Sdk.Chain.Rpc;

/// <summary>The WebSocket to the node is down (a request in flight when it dropped, or reconnecting gave up).</summary>
public class JsonRpcConnectionException : Exception
{
    public JsonRpcConnectionException()
        : this("the JSON-RPC connection is down")
    {
    }

    public JsonRpcConnectionException(string message)
        : base(message)
    {
    }

    public JsonRpcConnectionException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
