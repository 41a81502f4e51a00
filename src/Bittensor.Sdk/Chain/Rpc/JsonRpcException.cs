namespace Bittensor.Sdk.Chain.Rpc;

/// <summary>
/// A JSON-RPC error response (<c>{"error":{"code","message","data"}}</c>) from the node, e.g. 1010 "Invalid
/// Transaction", 4003 "Client error: Api called for an unknown Block: State already discarded" or -32601 "Method
/// not found".
/// </summary>
public class JsonRpcException : Exception
{
    public JsonRpcException()
        : this(0, "JSON-RPC error", null, null)
    {
    }

    public JsonRpcException(string message)
        : this(0, message, null, null)
    {
    }

    public JsonRpcException(string message, Exception innerException)
        : base(message, innerException)
    {
        RpcMessage = message;
    }

    public JsonRpcException(int code, string rpcMessage, string? data, string? method)
        : base(Describe(code, rpcMessage, data, method))
    {
        Code = code;
        RpcMessage = rpcMessage;
        ErrorData = data;
        Method = method;
    }

    /// <summary>The JSON-RPC error code.</summary>
    public int Code { get; }

    /// <summary>The node's <c>error.message</c>.</summary>
    public string RpcMessage { get; } = string.Empty;

    /// <summary>The node's <c>error.data</c> as raw JSON text (a string's quotes removed), or null.</summary>
    public string? ErrorData { get; }

    /// <summary>The method that was called.</summary>
    public string? Method { get; }

    /// <summary>
    /// True for the pruned-state refusal (code 4003 "State already discarded" / "unknown Block"): the block is
    /// older than the node keeps state for; ask an archive node.
    /// </summary>
    public bool IsStateUnavailable =>
        Code == JsonRpcErrorCodes.ClientError
        && (RpcMessage.Contains("State already discarded", StringComparison.Ordinal) || RpcMessage.Contains("unknown Block", StringComparison.Ordinal));

    private static string Describe(int code, string message, string? data, string? method) =>
        $"{(method is null ? string.Empty : method + ": ")}JSON-RPC error {code}: {message}{(data is null ? string.Empty : " (" + data + ")")}";
}
