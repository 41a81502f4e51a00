using Microsoft.Extensions.Logging;

namespace Bittensor.Node.Hosting;

/// <summary>Source-generated log messages of the node host (event ids 1–99).</summary>
internal static partial class NodeLog
{
    /// <summary>The one line launchers wait for; <c>btcli localnet</c> and the tests parse the URL out of it.</summary>
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "RPC listening on {Endpoint}")]
    public static partial void RpcListening(ILogger logger, string endpoint);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Subtensor Node {Version}, chain {Chain}, node name {Name}, peer id {PeerId}")]
    public static partial void Starting(ILogger logger, string version, string chain, string name, string peerId);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Database at {Path} (temporary: {Temporary})")]
    public static partial void DatabaseOpened(ILogger logger, string path, bool temporary);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "Deleted temporary storage {Path}")]
    public static partial void TemporaryStorageDeleted(ILogger logger, string path);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "Could not delete temporary storage {Path}")]
    public static partial void TemporaryStorageNotDeleted(ILogger logger, string path, Exception exception);

    [LoggerMessage(EventId = 6, Level = LogLevel.Information, Message = "Shutting down")]
    public static partial void ShuttingDown(ILogger logger);

    [LoggerMessage(EventId = 7, Level = LogLevel.Information, Message = "Stopped")]
    public static partial void Stopped(ILogger logger);
}
