using Microsoft.Extensions.Logging;

namespace Bittensor.Node.Rpc;

/// <summary>Source-generated log messages of the RPC server (event ids 100–199).</summary>
internal static partial class RpcLog
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Error, Message = "RPC method {Method} failed")]
    public static partial void HandlerFailed(ILogger logger, string method, Exception exception);

    [LoggerMessage(EventId = 101, Level = LogLevel.Warning, Message = "Subscription {Notification} {SubscriptionId} closed: the client fell {Capacity} notifications behind")]
    public static partial void SlowConsumer(ILogger logger, string notification, string subscriptionId, int capacity);

    [LoggerMessage(EventId = 102, Level = LogLevel.Error, Message = "Subscription {Notification} {SubscriptionId} closed: a notification could not be serialized")]
    public static partial void NotificationFailed(ILogger logger, string notification, string subscriptionId, Exception exception);

    [LoggerMessage(EventId = 103, Level = LogLevel.Debug, Message = "WebSocket connection {ConnectionId} opened from {Remote}")]
    public static partial void ConnectionOpened(ILogger logger, long connectionId, System.Net.IPAddress? remote);

    [LoggerMessage(EventId = 104, Level = LogLevel.Debug, Message = "WebSocket connection {ConnectionId} closed ({Reason})")]
    public static partial void ConnectionClosed(ILogger logger, long connectionId, string reason);

    [LoggerMessage(EventId = 105, Level = LogLevel.Debug, Message = "WebSocket connection {ConnectionId} failed")]
    public static partial void ConnectionFailed(ILogger logger, long connectionId, Exception exception);

    [LoggerMessage(EventId = 106, Level = LogLevel.Warning, Message = "Refused a connection: {Limit} connections are open")]
    public static partial void TooManyConnections(ILogger logger, int limit);

    [LoggerMessage(EventId = 107, Level = LogLevel.Debug, Message = "WebSocket connection {ConnectionId}: message of more than {Limit} bytes, closing with 1009")]
    public static partial void MessageTooBig(ILogger logger, long connectionId, int limit);
}
