using System.Globalization;

namespace Bittensor.Node.Rpc;

/// <summary>
/// The error catalogue: JSON-RPC 2.0's codes with jsonrpsee's exact messages (paritytech/jsonrpsee
/// <c>types/src/error.rs</c>), and Substrate's module codes (sc-rpc-api <c>author/error.rs</c>, <c>state/error.rs</c>,
/// bases in <c>error.rs</c>: author 1000, system 2000, chain 3000, state 4000). Clients match on code and message text
/// (bittensor string-matches "Custom error: N" in 1010 data), so keep the texts exactly as they are.
/// </summary>
internal static class RpcErrors
{
    public const int ParseErrorCode = -32700;
    public const int InvalidRequestCode = -32600;
    public const int MethodNotFoundCode = -32601;
    public const int InvalidParamsCode = -32602;
    public const int InternalErrorCode = -32603;
    public const int CallExecutionFailedCode = -32000;
    public const int TooManySubscriptionsCode = -32006;
    public const int OversizedRequestCode = -32007;
    public const int OversizedResponseCode = -32008;
    public const int ServerIsBusyCode = -32009;
    public const int TooBigBatchRequestCode = -32010;
    public const int TooBigBatchResponseCode = -32011;

    public const int AuthorBadFormatCode = 1001;
    public const int AuthorVerificationErrorCode = 1002;
    public const int PoolInvalidTransactionCode = 1010;
    public const int PoolUnknownValidityCode = 1011;
    public const int PoolTemporarilyBannedCode = 1012;
    public const int PoolAlreadyImportedCode = 1013;
    public const int PoolTooLowPriorityCode = 1014;
    public const int PoolCycleDetectedCode = 1015;
    public const int PoolImmediatelyDroppedCode = 1016;
    public const int PoolUnactionableCode = 1018;
    public const int StateInvalidBlockRangeCode = 4001;
    public const int StateInvalidCountCode = 4002;
    public const int StateClientErrorCode = 4003;

    /// <summary>-32700: the message is not JSON. The id is always null.</summary>
    public static RpcError ParseError { get; } = new(ParseErrorCode, "Parse error");

    /// <summary>-32600: JSON, but not a request object (or an empty batch).</summary>
    public static RpcError InvalidRequest { get; } = new(InvalidRequestCode, "Invalid request");

    /// <summary>-32601: no method of that name (Substrate gives no data).</summary>
    public static RpcError MethodNotFound { get; } = new(MethodNotFoundCode, "Method not found");

    /// <summary>-32603 without details (nothing internal leaks to the client; the server logs the cause).</summary>
    public static RpcError InternalError { get; } = new(InternalErrorCode, "Internal error");

    /// <summary>-32009: a connection limit is reached.</summary>
    public static RpcError ServerIsBusy { get; } = new(ServerIsBusyCode, "Server is busy, try again later");

    /// <summary>-32602 with a description of what is wrong as data, as jsonrpsee passes serde's message.</summary>
    public static RpcError InvalidParams(string detail) => RpcError.WithText(InvalidParamsCode, "Invalid params", detail);

    /// <summary>-32603 with a client-safe explanation as data.</summary>
    public static RpcError Internal(string detail) => RpcError.WithText(InternalErrorCode, "Internal error", detail);

    /// <summary>-32000: the call ran and failed, with a free-form message.</summary>
    public static RpcError CallExecutionFailed(string message) => new(CallExecutionFailedCode, message);

    /// <summary>-32006: more than <paramref name="limit"/> subscriptions on one connection.</summary>
    public static RpcError TooManySubscriptions(int limit) =>
        RpcError.WithText(TooManySubscriptionsCode, "Too many subscriptions on the connection", ExceededLimit(limit));

    /// <summary>-32007: a request body or WebSocket message above <paramref name="limit"/> bytes.</summary>
    public static RpcError OversizedRequest(long limit) => RpcError.WithText(OversizedRequestCode, "Request is too big", ExceededLimit(limit));

    /// <summary>-32008: a single response above <paramref name="limit"/> bytes.</summary>
    public static RpcError OversizedResponse(long limit) => RpcError.WithText(OversizedResponseCode, "Response is too big", ExceededLimit(limit));

    /// <summary>-32010: a batch of more than <paramref name="limit"/> entries.</summary>
    public static RpcError TooBigBatchRequest(int limit) =>
        RpcError.WithText(TooBigBatchRequestCode, "The batch request was too large", ExceededLimit(limit));

    /// <summary>-32011: a batch response above <paramref name="limit"/> bytes.</summary>
    public static RpcError TooBigBatchResponse(long limit) =>
        RpcError.WithText(TooBigBatchResponseCode, "The batch response was too large", ExceededLimit(limit));

    /// <summary>1001: the extrinsic bytes do not decode.</summary>
    public static RpcError BadFormat(string reason) => new(AuthorBadFormatCode, $"Extrinsic has invalid format: {reason}");

    /// <summary>1002: the runtime could not verify the transaction.</summary>
    public static RpcError VerificationError(string reason, string? debug = null) =>
        RpcError.WithText(AuthorVerificationErrorCode, $"Verification Error: {reason}", debug ?? reason);

    /// <summary>
    /// 1010 "Invalid Transaction" with the <c>InvalidTransaction</c> text as data, e.g. "Transaction has a bad signature",
    /// "Inability to pay some fees (e.g. account balance too low)", or <see cref="InvalidTransactionCustom"/>.
    /// </summary>
    public static RpcError InvalidTransaction(string reason) => RpcError.WithText(PoolInvalidTransactionCode, "Invalid Transaction", reason);

    /// <summary>1010 for <c>InvalidTransaction::Custom(n)</c>: data "Custom error: n", which bittensor matches on.</summary>
    public static RpcError InvalidTransactionCustom(byte code) =>
        InvalidTransaction(string.Create(CultureInfo.InvariantCulture, $"Custom error: {code}"));

    /// <summary>1011: validity could not be determined.</summary>
    public static RpcError UnknownTransaction(string reason) => RpcError.WithText(PoolUnknownValidityCode, "Unknown Transaction Validity", reason);

    /// <summary>1012.</summary>
    public static RpcError TemporarilyBanned { get; } = new(PoolTemporarilyBannedCode, "Transaction is temporarily banned");

    /// <summary>1013 with the transaction hash (0x-hex) as data.</summary>
    public static RpcError AlreadyImported(string transactionHash) =>
        RpcError.WithText(PoolAlreadyImportedCode, "Transaction Already Imported", transactionHash);

    /// <summary>1014: a transaction with the same tags and a higher priority is already in the pool.</summary>
    public static RpcError TooLowPriority(ulong old, ulong @new) => RpcError.WithText(
        PoolTooLowPriorityCode,
        string.Create(CultureInfo.InvariantCulture, $"Priority is too low: ({old} vs {@new})"),
        "The transaction has too low priority to replace another transaction already in the pool.");

    /// <summary>1016: the pool is full.</summary>
    public static RpcError ImmediatelyDropped { get; } = RpcError.WithText(
        PoolImmediatelyDroppedCode, "Immediately Dropped", "The transaction couldn't enter the pool because of the limit");

    /// <summary>4001.</summary>
    public static RpcError InvalidBlockRange(string from, string to, string details) =>
        new(StateInvalidBlockRangeCode, $"Cannot resolve a block range ['{from}' ... '{to}]. {details}");

    /// <summary>4002: e.g. <c>state_getKeysPaged</c> with count above 1000.</summary>
    public static RpcError InvalidCount(uint value, uint max) =>
        new(StateInvalidCountCode, string.Create(CultureInfo.InvariantCulture, $"count exceeds maximum value. value: {value}, max: {max}"));

    /// <summary>
    /// 4003 "Client error: …", e.g. <c>state_call</c> of an unknown runtime API:
    /// <c>StateClientError("Execution failed: Other: Exported method X is not found")</c>.
    /// </summary>
    public static RpcError StateClientError(string message) => new(StateClientErrorCode, $"Client error: {message}");

    private static string ExceededLimit(long limit) => string.Create(CultureInfo.InvariantCulture, $"Exceeded max limit of {limit}");
}
