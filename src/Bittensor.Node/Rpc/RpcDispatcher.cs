using System.Buffers;
using System.Text.Json;
using Bittensor.Node.Metrics;
using Bittensor.Node.Rpc.Json;
using Bittensor.Node.Rpc.Subscriptions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bittensor.Node.Rpc;

/// <summary>
/// Turns one JSON-RPC message (a request or a batch) into its response, following jsonrpsee's rules: a notification
/// (no <c>id</c>) is not run and gets no response; a batch answers each call in order and leaves notifications out;
/// an empty batch is one -32600 error; a batch longer than <see cref="RpcOptions.MaxBatchLength"/> is one -32010 error;
/// invalid JSON is -32700 with id null; a request whose id is not a number, string or null, whose <c>jsonrpc</c> is not
/// "2.0", whose <c>method</c> is not a string or whose <c>params</c> is neither array nor object is -32600.
/// Unknown methods are -32601, handler <see cref="RpcException"/>s become their error, anything else -32603.
/// </summary>
internal sealed class RpcDispatcher
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64 };
    private static readonly byte[] TrueJson = "true"u8.ToArray();
    private static readonly byte[] FalseJson = "false"u8.ToArray();

    private readonly RpcMethodTable _methods;
    private readonly RpcOptions _options;
    private readonly ILogger _logger;
    private readonly RpcMetrics? _metrics;

    /// <summary>Creates the dispatcher; <paramref name="metrics"/> (call counts and latency for Prometheus) is optional.</summary>
    public RpcDispatcher(RpcMethodTable methods, IOptions<RpcOptions> options, ILogger<RpcDispatcher> logger, RpcMetrics? metrics = null)
    {
        ArgumentNullException.ThrowIfNull(methods);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _methods = methods;
        _options = options.Value;
        _logger = logger;
        _metrics = metrics;
    }

    public RpcMethodTable Methods => _methods;

    public async ValueTask<RpcDispatchResult> DispatchAsync(ReadOnlyMemory<byte> message, IRpcSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(message, DocumentOptions);
        }
        catch (JsonException)
        {
            return new RpcDispatchResult(Write(RpcResponse.Failure(RpcId.Null, RpcErrors.ParseError)));
        }

        using (document)
        {
            JsonElement root = document.RootElement;
            List<IRpcSubscription> started = [];
            if (root.ValueKind != JsonValueKind.Array)
            {
                RpcResponse? single = await ProcessAsync(root, session, started, cancellationToken).ConfigureAwait(false);
                if (single is not { } response)
                {
                    return new RpcDispatchResult(null);
                }

                byte[] bytes = Write(response);
                if (bytes.Length > _options.MaxResponseBodyBytes)
                {
                    bytes = Write(RpcResponse.Failure(response.Id, RpcErrors.OversizedResponse(_options.MaxResponseBodyBytes)));
                    new RpcDispatchResult(null, started).AbandonSubscriptions();
                    return new RpcDispatchResult(bytes);
                }

                return new RpcDispatchResult(bytes, started);
            }

            int length = root.GetArrayLength();
            if (length == 0)
            {
                return new RpcDispatchResult(Write(RpcResponse.Failure(RpcId.Null, RpcErrors.InvalidRequest)));
            }

            if (length > _options.MaxBatchLength)
            {
                return new RpcDispatchResult(Write(RpcResponse.Failure(RpcId.Null, RpcErrors.TooBigBatchRequest(_options.MaxBatchLength))));
            }

            List<RpcResponse> responses = new(length);
            foreach (JsonElement request in root.EnumerateArray())
            {
                if (await ProcessAsync(request, session, started, cancellationToken).ConfigureAwait(false) is { } response)
                {
                    responses.Add(response);
                }
            }

            if (responses.Count == 0)
            {
                return new RpcDispatchResult(null);
            }

            byte[] batch = WriteBatch(responses);
            if (batch.Length > _options.MaxResponseBodyBytes)
            {
                new RpcDispatchResult(null, started).AbandonSubscriptions();
                return new RpcDispatchResult(Write(RpcResponse.Failure(RpcId.Null, RpcErrors.TooBigBatchResponse(_options.MaxResponseBodyBytes))));
            }

            return new RpcDispatchResult(batch, started);
        }
    }

    /// <summary>Serializes one response object: <c>{"jsonrpc":"2.0","id":…,"result":…}</c> or <c>…,"error":{…}}</c>.</summary>
    public static byte[] Write(RpcResponse response)
    {
        var buffer = new ArrayBufferWriter<byte>(128 + (response.Result?.Length ?? 0));
        using (var writer = new Utf8JsonWriter(buffer, RpcJson.WriterOptions))
        {
            WriteObject(writer, response);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static byte[] WriteBatch(List<RpcResponse> responses)
    {
        int size = 2;
        foreach (RpcResponse response in responses)
        {
            size += 128 + (response.Result?.Length ?? 0);
        }

        var buffer = new ArrayBufferWriter<byte>(size);
        using (var writer = new Utf8JsonWriter(buffer, RpcJson.WriterOptions))
        {
            writer.WriteStartArray();
            foreach (RpcResponse response in responses)
            {
                WriteObject(writer, response);
            }

            writer.WriteEndArray();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteObject(Utf8JsonWriter writer, RpcResponse response)
    {
        writer.WriteStartObject();
        writer.WriteString("jsonrpc", "2.0");
        writer.WritePropertyName("id");
        response.Id.WriteTo(writer);
        if (response.Error is { } error)
        {
            writer.WritePropertyName("error");
            error.WriteTo(writer);
        }
        else
        {
            writer.WritePropertyName("result");
            writer.WriteRawValue(response.Result!, skipInputValidation: true);
        }

        writer.WriteEndObject();
    }

    private async ValueTask<RpcResponse?> ProcessAsync(JsonElement request, IRpcSession session, List<IRpcSubscription> started, CancellationToken cancellationToken)
    {
        if (request.ValueKind != JsonValueKind.Object)
        {
            return RpcResponse.Failure(RpcId.Null, RpcErrors.InvalidRequest);
        }

        bool hasId = request.TryGetProperty("id", out JsonElement idElement);
        RpcId id = RpcId.Null;
        if (hasId && !RpcId.TryFrom(idElement, out id))
        {
            return RpcResponse.Failure(RpcId.Null, RpcErrors.InvalidRequest);
        }

        if (!request.TryGetProperty("jsonrpc", out JsonElement version) || version.ValueKind != JsonValueKind.String || !version.ValueEquals("2.0"u8)
            || !request.TryGetProperty("method", out JsonElement methodElement) || methodElement.ValueKind != JsonValueKind.String)
        {
            return RpcResponse.Failure(id, RpcErrors.InvalidRequest);
        }

        if (request.TryGetProperty("params", out JsonElement paramsElement)
            && paramsElement.ValueKind is not (JsonValueKind.Array or JsonValueKind.Object or JsonValueKind.Null))
        {
            return RpcResponse.Failure(id, RpcErrors.InvalidRequest);
        }

        if (!hasId)
        {
            // A notification: jsonrpsee neither runs it nor answers it.
            return null;
        }

        string method = methodElement.GetString()!;
        if (!_methods.TryGet(method, out RpcMethodEntry? entry))
        {
            return RpcResponse.Failure(id, RpcErrors.MethodNotFound);
        }

        if (_metrics is null)
        {
            return await InvokeAsync(id, method, entry, paramsElement, session, started, cancellationToken).ConfigureAwait(false);
        }

        long start = _metrics.Started(method, session.Transport);
        RpcResponse response = await InvokeAsync(id, method, entry, paramsElement, session, started, cancellationToken).ConfigureAwait(false);
        _metrics.Finished(method, session.Transport, start, response.Error is not null);
        return response;
    }

    private async ValueTask<RpcResponse> InvokeAsync(RpcId id, string method, RpcMethodEntry entry, JsonElement paramsElement, IRpcSession session, List<IRpcSubscription> started, CancellationToken cancellationToken)
    {
        var parameters = new RpcParams(paramsElement);
        var context = new RpcCallContext(method, session.Transport, session.ConnectionId, cancellationToken);
        try
        {
            switch (entry.Kind)
            {
                case RpcMethodKind.Call:
                    return RpcResponse.Success(id, await entry.Call!(parameters, context).ConfigureAwait(false));

                case RpcMethodKind.Subscribe:
                    if (session.Subscriptions is not { } registry)
                    {
                        // jsonrpsee answers -32603 too; the data says why.
                        return RpcResponse.Failure(id, RpcErrors.Internal("Subscriptions are only available over WebSocket"));
                    }

                    IRpcSubscription subscription = await entry.Subscribe!(parameters, context, registry).ConfigureAwait(false);
                    started.Add(subscription);
                    return RpcResponse.Success(id, RpcJson.Serialize(subscription.Id, RpcJsonContext.Default.String));

                case RpcMethodKind.Unsubscribe:
                    return RpcResponse.Success(id, Unsubscribe(parameters, entry.Spec!, session.Subscriptions) ? TrueJson : FalseJson);

                default:
                    throw new InvalidOperationException($"unknown method kind {entry.Kind}");
            }
        }
        catch (RpcException ex)
        {
            return RpcResponse.Failure(id, ex.Error);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // A failing handler must cost one error response, never the connection.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            RpcLog.HandlerFailed(_logger, method, ex);
            return RpcResponse.Failure(id, RpcErrors.InternalError);
        }
    }

    private static bool Unsubscribe(RpcParams parameters, RpcSubscriptionSpec spec, RpcSubscriptionRegistry? registry)
    {
        JsonElement idElement = parameters.GetElement(0, "subscription");
        if (idElement.ValueKind == JsonValueKind.Number)
        {
            // A numeric id is well formed (jsonrpsee accepts both) but we only ever hand out strings.
            return false;
        }

        if (idElement.ValueKind != JsonValueKind.String)
        {
            throw RpcParams.Invalid(0, "subscription", "a subscription id", idElement);
        }

        if (registry is not null && registry.TryRemove(idElement.GetString()!, spec, out IRpcSubscription? subscription))
        {
            subscription.Close(SubscriptionCloseReason.Unsubscribed);
            return true;
        }

        return false;
    }
}
