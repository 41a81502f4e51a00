using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Net.WebSockets;
using System.Text.Json;

namespace Bittensor.Sdk.Chain.Rpc;

/// <summary>
/// JSON-RPC 2.0 over one WebSocket, as Substrate nodes serve it: requests correlated by id, subscriptions routed
/// by subscription id to <see cref="JsonRpcSubscription"/> readers, error responses thrown as
/// <see cref="JsonRpcException"/>. When the socket drops, calls in flight fail with
/// <see cref="JsonRpcConnectionException"/>, the client reconnects with exponential backoff and subscribes every
/// live subscription again; new calls wait for the reconnect (within their timeout).
/// </summary>
public sealed class JsonRpcWebSocketClient : IAsyncDisposable
{
    private readonly JsonRpcClientOptions _options;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly SemaphoreSlim _connectLock = new(1, 1);
    private readonly ConcurrentDictionary<long, Pending> _pending = new();
    private readonly ConcurrentDictionary<string, JsonRpcSubscription> _bySubscriptionId = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<JsonRpcSubscription, byte> _live = new();

    // Notifications that arrive before the subscribe response (Substrate may send the first one immediately).
    private readonly ConcurrentDictionary<string, ConcurrentQueue<JsonElement>> _early = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _lifetime = new();
    private readonly object _stateLock = new();

    private ClientWebSocket? _socket;
    private TaskCompletionSource _connected = NewGate();
    private long _nextId;
    private int _reconnects;
    private bool _everConnected;
    private bool _disposed;
    private Exception? _fatal;

    public JsonRpcWebSocketClient(Uri endpoint, JsonRpcClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        if (endpoint.Scheme is not ("ws" or "wss"))
        {
            throw new ArgumentException($"a node endpoint is ws:// or wss://, got {endpoint}", nameof(endpoint));
        }

        Endpoint = endpoint;
        _options = options ?? new JsonRpcClientOptions();
        _options.Validate();
    }

    public Uri Endpoint { get; }

    /// <summary>How many times the client reconnected after the socket dropped.</summary>
    public int Reconnects => Volatile.Read(ref _reconnects);

    /// <summary>True while a socket is open.</summary>
    public bool IsConnected => _socket is { State: WebSocketState.Open } && _connected.Task.IsCompletedSuccessfully;

    /// <summary>Raised (on a pool thread) after a reconnect has re-issued the live subscriptions.</summary>
    public event EventHandler? Reconnected;

    /// <summary>Opens the socket. Calls made before connecting connect first.</summary>
    public async Task ConnectAsync(CancellationToken cancellationToken = default)
    {
        await _connectLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_everConnected)
            {
                return;
            }

            await OpenSocketAsync(cancellationToken).ConfigureAwait(false);
            _everConnected = true;
            _connected.TrySetResult();
        }
        finally
        {
            _connectLock.Release();
        }
    }

    /// <summary>Calls <paramref name="method"/> and returns its <c>result</c> (detached from the message buffer).</summary>
    /// <exception cref="JsonRpcException">The node answered with an error.</exception>
    /// <exception cref="TimeoutException">No answer within <paramref name="timeout"/> (or the options' default).</exception>
    /// <exception cref="JsonRpcConnectionException">The socket dropped before the answer came, or is down for good.</exception>
    public async Task<JsonElement> RequestAsync(string method, IReadOnlyList<object?>? parameters = null, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(method);
        return await RequestCoreAsync(method, parameters, timeout, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Subscribes with <paramref name="subscribeMethod"/> (whose result is the subscription id); notifications go to
    /// the returned subscription until it is disposed, which calls <paramref name="unsubscribeMethod"/>.
    /// </summary>
    public async Task<JsonRpcSubscription> SubscribeAsync(string subscribeMethod, IReadOnlyList<object?>? parameters, string unsubscribeMethod, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(subscribeMethod);
        ArgumentException.ThrowIfNullOrEmpty(unsubscribeMethod);
        JsonRpcSubscription subscription = new(this, subscribeMethod, [.. parameters ?? []], unsubscribeMethod, _options.SubscriptionBufferSize);
        _live[subscription] = 0;
        try
        {
            // The receive loop attaches the subscription when it reads the answer (see DispatchResponse).
            await RequestCoreAsync(subscribeMethod, subscription.Parameters, timeout, subscription, cancellationToken).ConfigureAwait(false);
            return subscription;
        }
        catch
        {
            _live.TryRemove(subscription, out _);
            if (subscription.Id.Length > 0)
            {
                _bySubscriptionId.TryRemove(subscription.Id, out _);
            }

            throw;
        }
    }

    private async Task<JsonElement> RequestCoreAsync(string method, IReadOnlyList<object?>? parameters, TimeSpan? timeout, JsonRpcSubscription? subscription, CancellationToken cancellationToken)
    {
        TimeSpan limit = timeout ?? _options.RequestTimeout;
        using CancellationTokenSource cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _lifetime.Token);
        cts.CancelAfter(limit);
        try
        {
            await EnsureConnectedAsync(cts.Token).ConfigureAwait(false);
            return await SendAndWaitAsync(method, parameters ?? [], subscription, cts.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && !_lifetime.IsCancellationRequested)
        {
            throw new TimeoutException($"{method}: no answer within {limit.TotalSeconds:0.###} s");
        }
    }

    public async ValueTask DisposeAsync()
    {
        ClientWebSocket? socket;
        lock (_stateLock)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            socket = _socket;
            _socket = null;
        }

        await _lifetime.CancelAsync().ConfigureAwait(false);
        JsonRpcConnectionException closed = new("the JSON-RPC client was disposed");
        FailPending(closed);
        foreach (JsonRpcSubscription subscription in _live.Keys)
        {
            subscription.Fail(closed);
        }

        _live.Clear();
        _connected.TrySetException(closed);
        if (socket is not null)
        {
            await CloseQuietlyAsync(socket).ConfigureAwait(false);
            socket.Dispose();
        }

        _lifetime.Dispose();
    }

    internal async Task UnsubscribeAsync(JsonRpcSubscription subscription)
    {
        _live.TryRemove(subscription, out _);
        _bySubscriptionId.TryRemove(subscription.Id, out _);
        if (_disposed || !IsConnected || subscription.Id.Length == 0)
        {
            return;
        }

        try
        {
            await RequestAsync(subscription.UnsubscribeMethod, [subscription.Id], TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        }
        catch (Exception e) when (e is JsonRpcException or JsonRpcConnectionException or TimeoutException or ObjectDisposedException)
        {
            // Best effort: the node drops a subscription with the connection anyway, and an unsubscribe the node
            // refuses leaves nothing for the caller to do.
            _ = e;
        }
    }

    private static TaskCompletionSource NewGate() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static string SubscriptionId(JsonElement id, string method) => id.ValueKind switch
    {
        JsonValueKind.String => id.GetString()!,
        JsonValueKind.Number => id.GetRawText(),
        _ => throw new JsonRpcException(JsonRpcErrorCodes.InvalidRequest, $"subscription id is {id.ValueKind}, expected a string or number", null, method),
    };

    private static async Task CloseQuietlyAsync(ClientWebSocket socket)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        using CancellationTokenSource cts = new(TimeSpan.FromSeconds(2));
        try
        {
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", cts.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The peer is gone already; there is nothing left to close.
            _ = e;
        }
    }

    private void Attach(JsonRpcSubscription subscription, string id)
    {
        subscription.Id = id;
        _bySubscriptionId[id] = subscription;
        if (_early.TryRemove(id, out ConcurrentQueue<JsonElement>? queued))
        {
            while (queued.TryDequeue(out JsonElement item))
            {
                subscription.Publish(item);
            }
        }
    }

    private async Task EnsureConnectedAsync(CancellationToken cancellationToken)
    {
        if (!_everConnected)
        {
            await ConnectAsync(cancellationToken).ConfigureAwait(false);
        }

        Task gate = _connected.Task;
        if (!gate.IsCompletedSuccessfully)
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task OpenSocketAsync(CancellationToken cancellationToken)
    {
        ClientWebSocket socket = new();
        socket.Options.KeepAliveInterval = _options.KeepAliveInterval;
        using CancellationTokenSource cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _lifetime.Token);
        cts.CancelAfter(_options.ConnectTimeout);
        try
        {
            await socket.ConnectAsync(Endpoint, cts.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            socket.Dispose();
            throw new JsonRpcConnectionException($"cannot connect to {Endpoint}: {e.Message}", e);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        lock (_stateLock)
        {
            if (_disposed)
            {
                socket.Dispose();
                throw new ObjectDisposedException(nameof(JsonRpcWebSocketClient));
            }

            _socket = socket;
        }

        _ = Task.Run(() => ReceiveLoopAsync(socket), CancellationToken.None);
    }

    private async Task<JsonElement> SendAndWaitAsync(string method, IReadOnlyList<object?> parameters, JsonRpcSubscription? subscription, CancellationToken cancellationToken)
    {
        long id = Interlocked.Increment(ref _nextId);
        Pending pending = new(method) { Subscription = subscription };
        _pending[id] = pending;
        try
        {
            byte[] message = JsonRpcMessages.Request(id, method, parameters);
            ClientWebSocket socket = _socket ?? throw new JsonRpcConnectionException($"{method}: not connected to {Endpoint}");
            await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is WebSocketException or ObjectDisposedException)
            {
                throw new JsonRpcConnectionException($"{method}: sending failed, the connection to {Endpoint} dropped", e);
            }
            finally
            {
                _sendLock.Release();
            }

            using CancellationTokenRegistration registration = cancellationToken.Register(static p => ((Pending)p!).Completion.TrySetCanceled(), pending);
            return await pending.Completion.Task.ConfigureAwait(false);
        }
        finally
        {
            _pending.TryRemove(id, out _);
        }
    }

    private async Task ReceiveLoopAsync(ClientWebSocket socket)
    {
        ArrayBufferWriter<byte> buffer = new(64 * 1024);
        Exception? error = null;
        try
        {
            while (!_lifetime.IsCancellationRequested)
            {
                buffer.ResetWrittenCount();
                ValueWebSocketReceiveResult result;
                do
                {
                    Memory<byte> free = buffer.GetMemory(16 * 1024);
                    result = await socket.ReceiveAsync(free, _lifetime.Token).ConfigureAwait(false);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        throw new JsonRpcConnectionException($"the node closed the connection ({socket.CloseStatus} {socket.CloseStatusDescription})");
                    }

                    buffer.Advance(result.Count);
                    if (buffer.WrittenCount > _options.MaxMessageBytes)
                    {
                        await socket.CloseOutputAsync(WebSocketCloseStatus.MessageTooBig, "message too big", CancellationToken.None).ConfigureAwait(false);
                        throw new JsonRpcConnectionException($"a message from {Endpoint} exceeds {_options.MaxMessageBytes} bytes; the connection was closed");
                    }
                }
                while (!result.EndOfMessage);

                Dispatch(buffer.WrittenMemory);
            }
        }
        catch (OperationCanceledException) when (_lifetime.IsCancellationRequested)
        {
            return;
        }
        catch (Exception e) when (e is WebSocketException or JsonRpcConnectionException or ObjectDisposedException or InvalidOperationException)
        {
            error = e;
        }

        OnDropped(socket, error);
    }

    private void Dispatch(ReadOnlyMemory<byte> message)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(message);
        }
        catch (JsonException)
        {
            // A node never sends malformed JSON; a frame that is not JSON carries no id to fail, so it is skipped.
            return;
        }

        using (document)
        {
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return;
            }

            if (root.TryGetProperty("id", out JsonElement idElement) && idElement.ValueKind != JsonValueKind.Null)
            {
                DispatchResponse(root, idElement);
            }
            else if (root.TryGetProperty("params", out JsonElement p) && p.ValueKind == JsonValueKind.Object
                && p.TryGetProperty("subscription", out JsonElement sub) && p.TryGetProperty("result", out JsonElement result))
            {
                string subscriptionId = sub.ValueKind == JsonValueKind.String ? sub.GetString()! : sub.GetRawText();
                JsonElement detached = result.Clone();
                if (_bySubscriptionId.TryGetValue(subscriptionId, out JsonRpcSubscription? subscription))
                {
                    subscription.Publish(detached);
                }
                else
                {
                    ConcurrentQueue<JsonElement> queue = _early.GetOrAdd(subscriptionId, _ => new ConcurrentQueue<JsonElement>());
                    if (queue.Count < _options.SubscriptionBufferSize && _early.Count <= 64)
                    {
                        queue.Enqueue(detached);
                    }
                }
            }
        }
    }

    private void DispatchResponse(JsonElement root, JsonElement idElement)
    {
        long id;
        if (idElement.ValueKind == JsonValueKind.Number && idElement.TryGetInt64(out long n))
        {
            id = n;
        }
        else if (idElement.ValueKind == JsonValueKind.String && long.TryParse(idElement.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out long s))
        {
            id = s;
        }
        else
        {
            return;
        }

        if (!_pending.TryGetValue(id, out Pending? pending))
        {
            return;
        }

        if (root.TryGetProperty("error", out JsonElement error) && error.ValueKind == JsonValueKind.Object)
        {
            int code = error.TryGetProperty("code", out JsonElement c) && c.TryGetInt32(out int ci) ? ci : 0;
            string text = error.TryGetProperty("message", out JsonElement m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : string.Empty;
            string? data = error.TryGetProperty("data", out JsonElement d) && d.ValueKind != JsonValueKind.Null
                ? (d.ValueKind == JsonValueKind.String ? d.GetString() : d.GetRawText())
                : null;
            pending.Completion.TrySetException(new JsonRpcException(code, text, data, pending.Method));
        }
        else if (root.TryGetProperty("result", out JsonElement result))
        {
            if (pending.Subscription is not null && !pending.Completion.Task.IsCompleted)
            {
                // Attached here, on the receive loop, before the next message is read: the notifications the node sends
                // right after its answer (a watched extrinsic's statuses, the final one included) can neither be
                // dispatched before the id is known nor slip in between the lookup and the attach.
                try
                {
                    Attach(pending.Subscription, SubscriptionId(result, pending.Method));
                }
                catch (JsonRpcException e)
                {
                    pending.Completion.TrySetException(e);
                    return;
                }
            }

            pending.Completion.TrySetResult(result.Clone());
        }
        else
        {
            pending.Completion.TrySetException(new JsonRpcException(JsonRpcErrorCodes.InvalidRequest, "response has neither result nor error", null, pending.Method));
        }
    }

    private void OnDropped(ClientWebSocket socket, Exception? error)
    {
        lock (_stateLock)
        {
            if (_disposed || !ReferenceEquals(_socket, socket))
            {
                return;
            }

            _socket = null;
            _connected = NewGate();
        }

        socket.Dispose();
        foreach (JsonRpcSubscription subscription in _live.Keys)
        {
            _bySubscriptionId.TryRemove(subscription.Id, out _);
        }

        FailPending(new JsonRpcConnectionException($"the connection to {Endpoint} dropped{(error is null ? string.Empty : ": " + error.Message)}", error));
        _ = Task.Run(() => ReconnectAsync(error), CancellationToken.None);
    }

    private async Task ReconnectAsync(Exception? cause)
    {
        TimeSpan delay = _options.ReconnectInitialDelay;
        Exception? last = cause;
        for (int attempt = 1; attempt <= _options.MaxReconnectAttempts; attempt++)
        {
            try
            {
                await Task.Delay(delay, _lifetime.Token).ConfigureAwait(false);
                await OpenSocketAsync(_lifetime.Token).ConfigureAwait(false);
                Interlocked.Increment(ref _reconnects);
                await ResubscribeAsync().ConfigureAwait(false);
                _connected.TrySetResult();
                Reconnected?.Invoke(this, EventArgs.Empty);
                return;
            }
            catch (OperationCanceledException) when (_lifetime.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is JsonRpcConnectionException or JsonRpcException or TimeoutException or WebSocketException)
            {
                last = e;
                ClientWebSocket? half;
                lock (_stateLock)
                {
                    half = _socket;
                    _socket = null;
                }

                half?.Dispose();
            }

            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, _options.ReconnectMaxDelay.Ticks));
        }

        JsonRpcConnectionException fatal = new($"gave up reconnecting to {Endpoint} after {_options.MaxReconnectAttempts} attempt(s)", last);
        _fatal = fatal;
        _connected.TrySetException(fatal);
        foreach (JsonRpcSubscription subscription in _live.Keys)
        {
            subscription.Fail(fatal);
        }
    }

    private async Task ResubscribeAsync()
    {
        foreach (JsonRpcSubscription subscription in _live.Keys)
        {
            if (subscription.IsDisposed)
            {
                continue;
            }

            using CancellationTokenSource cts = CancellationTokenSource.CreateLinkedTokenSource(_lifetime.Token);
            cts.CancelAfter(_options.RequestTimeout);
            await SendAndWaitAsync(subscription.SubscribeMethod, subscription.Parameters, subscription, cts.Token).ConfigureAwait(false);
            subscription.Resubscriptions++;
        }
    }

    private void FailPending(Exception error)
    {
        foreach (KeyValuePair<long, Pending> entry in _pending)
        {
            entry.Value.Completion.TrySetException(error);
        }
    }

    /// <summary>Why the client stopped reconnecting, if it did.</summary>
    public Exception? FatalError => _fatal;

    private sealed class Pending(string method)
    {
        public string Method { get; } = method;

        public TaskCompletionSource<JsonElement> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>For a subscribe call: the subscription the receive loop attaches when the answer arrives.</summary>
        public JsonRpcSubscription? Subscription { get; init; }
    }
}
