namespace Bittensor.Node.Rpc;

/// <summary>
/// The JSON-RPC server's settings, bound from the <c>Rpc</c> configuration section (appsettings.json,
/// <c>SUBTENSOR_Rpc__Port</c>-style environment variables, <c>--rpc-*</c> flags) and checked at start-up by
/// <see cref="RpcOptionsValidator"/>. Defaults follow Substrate's <c>sc-cli</c> where it has one.
/// </summary>
internal sealed class RpcOptions
{
    public const string SectionName = "Rpc";

    /// <summary>TCP port serving both HTTP POST and WebSocket. Default 9944 (Substrate's); 0 picks a free port, which the
    /// <c>RPC listening on ws://…</c> line then names. Range 0–65535.</summary>
    public int Port { get; set; } = 9944;

    /// <summary>Listen on every interface instead of loopback only. Default false (<c>--rpc-external</c>).</summary>
    public bool External { get; set; }

    /// <summary>Largest HTTP request body or WebSocket message, in bytes. Default 15 MiB (15 728 640), Substrate's
    /// <c>--rpc-max-request-size 15</c>. Above it: HTTP 413, or an error then WebSocket close 1009.</summary>
    public int MaxRequestBodyBytes { get; set; } = 15 * 1024 * 1024;

    /// <summary>Largest single response, in bytes; a bigger one is replaced by error -32008 (-32011 for a batch).
    /// Default 15 MiB, Substrate's <c>--rpc-max-response-size 15</c>. V15 metadata is about 600 KB of hex.</summary>
    public int MaxResponseBodyBytes { get; set; } = 15 * 1024 * 1024;

    /// <summary>Most entries in one batch request; more gives error -32010. Default 256 (Substrate: unlimited).</summary>
    public int MaxBatchLength { get; set; } = 256;

    /// <summary>Most live subscriptions on one WebSocket; one more gives error -32006. Default 1024 (Substrate's).</summary>
    public int MaxSubscriptionsPerConnection { get; set; } = 1024;

    /// <summary>Most simultaneous connections (open WebSockets plus HTTP requests in progress); above it the server answers
    /// HTTP 429. Default 100 (Substrate's <c>--rpc-max-connections</c>).</summary>
    public int MaxConnections { get; set; } = 100;

    /// <summary>Messages (responses and notifications) queued for sending on one WebSocket before request handling waits.
    /// Default 64 (Substrate's <c>--rpc-message-buffer-capacity-per-connection</c>).</summary>
    public int MessageBufferCapacityPerConnection { get; set; } = 64;

    /// <summary>Notifications one subscription may queue; when full the client is a slow consumer and that subscription is
    /// closed (the connection stays). Default 128.</summary>
    public int SubscriptionBufferCapacity { get; set; } = 128;

    /// <summary>Requests of one WebSocket handled at the same time (responses may come out of order, as JSON-RPC allows);
    /// further messages wait to be read. Default 16.</summary>
    public int MaxConcurrentRequestsPerConnection { get; set; } = 16;
}
