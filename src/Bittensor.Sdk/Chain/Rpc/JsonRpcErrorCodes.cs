namespace Bittensor.Sdk.Chain.Rpc;

/// <summary>Error codes Substrate nodes answer with (sc-rpc-api author/state errors, jsonrpsee).</summary>
public static class JsonRpcErrorCodes
{
    public const int ParseError = -32700;
    public const int InvalidRequest = -32600;
    public const int MethodNotFound = -32601;
    public const int InvalidParams = -32602;
    public const int InternalError = -32603;

    /// <summary>Transaction pool: the transaction is invalid (data = the InvalidTransaction reason).</summary>
    public const int InvalidTransaction = 1010;

    /// <summary>Transaction pool: validity could not be determined.</summary>
    public const int UnknownTransaction = 1011;

    /// <summary>Transaction pool: the sender is temporarily banned.</summary>
    public const int TemporarilyBanned = 1012;

    /// <summary>Transaction pool: the transaction is already imported.</summary>
    public const int AlreadyImported = 1013;

    /// <summary>Transaction pool: a transaction with the same nonce and higher priority is pooled.</summary>
    public const int PriorityTooLow = 1014;

    /// <summary>State RPC client error, e.g. "Api called for an unknown Block: State already discarded".</summary>
    public const int ClientError = 4003;
}
