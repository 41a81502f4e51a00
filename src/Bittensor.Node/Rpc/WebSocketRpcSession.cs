using System.Buffers;
using System.Net.WebSockets;
using System.Threading.Channels;
using Bittensor.Node.Rpc.Subscriptions;
using Microsoft.Extensions.Logging;

namespace Bittensor.Node.Rpc;

/// <summary>
/// One WebSocket client. A reader loop assembles messages (text or binary, any number of frames, at most
/// <see cref="RpcOptions.MaxRequestBodyBytes"/>) and dispatches up to
/// <see cref="RpcOptions.MaxConcurrentRequestsPerConnection"/> of them at once; a single writer loop sends responses and
/// notifications from a bounded queue (<see cref="RpcOptions.MessageBufferCapacityPerConnection"/>) and, last, the
/// close frame. When the socket closes, every subscription of the connection closes with it.
/// </summary>
internal sealed class WebSocketRpcSession : IRpcSession, IRpcSubscriptionOutput, IDisposable
{
    /// <summary>How long a close handshake (ours or the client's) may take before the socket is aborted.</summary>
    internal static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(2);

    private const int InitialBufferSize = 4096;

    private readonly WebSocket _socket;
    private readonly RpcDispatcher _dispatcher;
    private readonly RpcOptions _options;
    private readonly ILogger _logger;
    private readonly Channel<byte[]> _outbound;
    private readonly SemaphoreSlim _slots;
    private readonly CancellationTokenSource _calls = new();
    private readonly CancellationTokenSource _abort = new();
    private readonly Lock _closeLock = new();
    private WebSocketCloseStatus? _closeStatus;
    private string? _closeDescription;

    public WebSocketRpcSession(WebSocket socket, long connectionId, RpcDispatcher dispatcher, RpcOptions options, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(socket);
        ArgumentNullException.ThrowIfNull(dispatcher);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _socket = socket;
        ConnectionId = connectionId;
        _dispatcher = dispatcher;
        _options = options;
        _logger = logger;
        _outbound = Channel.CreateBounded<byte[]>(new BoundedChannelOptions(options.MessageBufferCapacityPerConnection)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        _slots = new SemaphoreSlim(options.MaxConcurrentRequestsPerConnection, options.MaxConcurrentRequestsPerConnection);
        Subscriptions = new RpcSubscriptionRegistry(this, options.MaxSubscriptionsPerConnection, options.SubscriptionBufferCapacity, logger);
    }

    public RpcTransport Transport => RpcTransport.WebSocket;

    public long ConnectionId { get; }

    public RpcSubscriptionRegistry Subscriptions { get; }

    RpcSubscriptionRegistry? IRpcSession.Subscriptions => Subscriptions;

    public ValueTask SendAsync(byte[] message, CancellationToken cancellationToken) => _outbound.Writer.WriteAsync(message, cancellationToken);

    /// <summary>Serves the connection until it closes; <paramref name="stopping"/> closes it with 1001 (going away).</summary>
    public async Task RunAsync(CancellationToken stopping)
    {
        Task writer = Task.Run(WriteLoopAsync, CancellationToken.None);
        string reason = "closed by client";
        using (stopping.Register(static s => ((WebSocketRpcSession)s!).RequestClose(WebSocketCloseStatus.EndpointUnavailable, "server shutting down"), this))
        {
            try
            {
                reason = await ReadLoopAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException)
            {
                reason = "aborted";
                RpcLog.ConnectionFailed(_logger, ConnectionId, ex);
            }
        }

        // Teardown: no new notifications, no more handler work, then flush and close (or abort if that stalls).
        Subscriptions.CloseAll();
        await _calls.CancelAsync().ConfigureAwait(false);
        for (int i = 0; i < _options.MaxConcurrentRequestsPerConnection; i++)
        {
            // Every running call holds a slot: owning them all means none is left.
            await _slots.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        }

        if (_closeStatus is { } initiated && reason == "closed by client")
        {
            reason = $"closed by server ({initiated})";
        }

        RequestClose(_socket.CloseStatus ?? WebSocketCloseStatus.NormalClosure, _socket.CloseStatusDescription);
        await writer.ConfigureAwait(false);
        if (_socket.State != WebSocketState.Closed)
        {
            _socket.Abort();
        }

        RpcLog.ConnectionClosed(_logger, ConnectionId, reason);
    }

    public void Dispose()
    {
        _calls.Dispose();
        _abort.Dispose();
        _slots.Dispose();
    }

    /// <summary>Asks the writer to send what is queued, then a close frame; the socket is aborted if that takes too long.</summary>
    private void RequestClose(WebSocketCloseStatus status, string? description)
    {
        lock (_closeLock)
        {
            if (_closeStatus is not null)
            {
                return;
            }

            _closeStatus = status;
            _closeDescription = description;
        }

        _outbound.Writer.TryComplete();
        try
        {
            _abort.CancelAfter(CloseTimeout);
        }
        catch (ObjectDisposedException)
        {
            // Teardown already finished.
        }
    }

    private async Task<string> ReadLoopAsync()
    {
        int limit = _options.MaxRequestBodyBytes;
        byte[] buffer = ArrayPool<byte>.Shared.Rent(InitialBufferSize);
        int length = 0;
        bool discarding = false;
        try
        {
            while (true)
            {
                if (buffer.Length - length < 1024 && buffer.Length <= limit)
                {
                    byte[] larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, limit + 1));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                ValueWebSocketReceiveResult received = await _socket.ReceiveAsync(buffer.AsMemory(length), _abort.Token).ConfigureAwait(false);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    return "closed by client";
                }

                if (discarding || _closeStatus is not null)
                {
                    // Closing: wait for the client's close frame and ignore anything else.
                    length = 0;
                    continue;
                }

                length += received.Count;
                if (length > limit)
                {
                    RpcLog.MessageTooBig(_logger, ConnectionId, limit);
                    byte[] error = RpcDispatcher.Write(RpcResponse.Failure(RpcId.Null, RpcErrors.OversizedRequest(limit)));
                    _outbound.Writer.TryWrite(error);
                    RequestClose(WebSocketCloseStatus.MessageTooBig, "Request is too big");
                    discarding = true;
                    length = 0;
                    continue;
                }

                if (!received.EndOfMessage)
                {
                    continue;
                }

                byte[] message = buffer.AsSpan(0, length).ToArray();
                length = 0;
                if (buffer.Length > 64 * 1024)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = ArrayPool<byte>.Shared.Rent(InitialBufferSize);
                }

                await _slots.WaitAsync(_abort.Token).ConfigureAwait(false);
                _ = HandleAsync(message);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Runs one message; owns one slot of <see cref="_slots"/> until it ends and never throws.</summary>
    private async Task HandleAsync(byte[] message)
    {
        // Run the handler off the reader loop, so the next message can be read meanwhile.
        await Task.Yield();
        try
        {
            RpcDispatchResult result = await _dispatcher.DispatchAsync(message, this, _calls.Token).ConfigureAwait(false);
            if (result.Response is not null)
            {
                try
                {
                    await _outbound.Writer.WriteAsync(result.Response, _calls.Token).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is ChannelClosedException or OperationCanceledException)
                {
                    result.AbandonSubscriptions();
                    return;
                }
            }

            result.ActivateSubscriptions();
        }
        catch (OperationCanceledException) when (_calls.IsCancellationRequested)
        {
            // The connection is closing; the client will get no answer to this call.
        }
#pragma warning disable CA1031 // Nothing may escape a fire-and-forget call; the dispatcher already answers handler failures.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            RpcLog.ConnectionFailed(_logger, ConnectionId, ex);
        }
        finally
        {
            _slots.Release();
        }
    }

    private async Task WriteLoopAsync()
    {
        CancellationToken abort = _abort.Token;
        try
        {
            await foreach (byte[] message in _outbound.Reader.ReadAllAsync(abort).ConfigureAwait(false))
            {
                await _socket.SendAsync(new ReadOnlyMemory<byte>(message), WebSocketMessageType.Text, endOfMessage: true, abort).ConfigureAwait(false);
            }

            if (_closeStatus is { } status && _socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await _socket.CloseOutputAsync(status, _closeDescription, abort).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException)
        {
            // The peer is gone or the close handshake timed out: stop reading too.
            await _abort.CancelAsync().ConfigureAwait(false);
        }
    }
}
