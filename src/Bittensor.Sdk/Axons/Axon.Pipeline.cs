using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Bittensor.Core.Primitives;
using Bittensor.Sdk.Internal;
using Bittensor.Sdk.Synapses;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;

namespace Bittensor.Sdk.Axons;

public sealed partial class Axon
{
    private const int NotVerified = 401;

    private async Task HandleAsync(HttpContext context)
    {
        long started = _time.GetTimestamp();
        string name = context.Request.RouteValues["name"] as string ?? string.Empty;
        if (!_routes.TryGetValue(name, out SynapseRoute? route))
        {
            Synapse unknown = BestEffortFromHeaders(context, new Synapse());
            unknown.Name = name;
            string available = PythonStr.Repr(_routes.Keys.ToList());
            await WriteErrorAsync(context, unknown, 404, $"Synapse name '{name}' not found. Available synapses {available}", started).ConfigureAwait(false);
            return;
        }

        if (!_gate.Wait(0))
        {
            await WriteErrorAsync(context, BestEffortFromHeaders(context, route.CreateEmpty()), 503,
                $"Service unavailable: the axon is at its limit of {_options.MaxConcurrentRequests} concurrent requests", started).ConfigureAwait(false);
            return;
        }

        Synapse headerSynapse = route.CreateEmpty();
        headerSynapse.Name = name;
        try
        {
            await RunPipelineAsync(context, route, headerSynapse, started).ConfigureAwait(false);
        }
        catch (AxonRejection rejection)
        {
            await WriteErrorAsync(context, headerSynapse, rejection.StatusCode, rejection.Message, started).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The caller went away; there is no one to answer.
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task RunPipelineAsync(HttpContext context, SynapseRoute route, Synapse headerSynapse, long started)
    {
        HttpRequest request = context.Request;

        // 1. preprocess: the synapse from its headers, plus the axon's own terminal fields.
        try
        {
            SynapseHeaders.Apply(EnumerateHeaders(request.Headers), headerSynapse);
        }
        catch (FormatException ex)
        {
            throw new AxonRejection(400, $"Improperly formatted request. Could not parse headers into synapse of type {route.Name}: {ex.Message}");
        }

        headerSynapse.Name = route.Name;
        TerminalInfo dendrite = headerSynapse.Dendrite ??= new TerminalInfo();
        TerminalInfo axon = headerSynapse.Axon ??= new TerminalInfo();
        axon.Version = SdkVersion.AsInt;
        axon.Uuid = Uuid;
        axon.Nonce = NextAxonNonce();
        axon.StatusCode = 100;
        axon.Hotkey = Hotkey;
        dendrite.Ip = context.Connection.RemoteIpAddress?.ToString();
        dendrite.Port = context.Connection.RemotePort;
        double timeout = EffectiveTimeout(headerSynapse.Timeout);
        if (request.ContentLength > _options.MaxRequestBodyBytes)
        {
            throw TooLarge();
        }

        // 2. blacklist, before the body is read.
        if (route.Blacklist is not null)
        {
            BlacklistDecision decision = await route.Blacklist(headerSynapse, context.RequestAborted).ConfigureAwait(false);
            if (decision.Blacklisted)
            {
                throw new AxonRejection(403, $"Forbidden. Key is blacklisted: {decision.Reason}.");
            }
        }

        // 3. verify: signature and nonce window over the headers, then the body against the signed hash.
        string nonceKey = VerifyHeaders(headerSynapse, timeout);
        byte[] body = await ReadBodyAsync(request, context.RequestAborted).ConfigureAwait(false);
        Synapse synapse;
        try
        {
            synapse = body.Length == 0 ? route.CreateEmpty() : route.Deserialize(body);
        }
        catch (JsonException ex)
        {
            throw new AxonRejection(400, $"Improperly formatted request. Could not parse body into synapse of type {route.Name}: {ex.Message}");
        }

        string parsedHash = synapse.ComputeBodyHash();
        if (!string.Equals(parsedHash, headerSynapse.ComputedBodyHash, StringComparison.Ordinal))
        {
            throw new AxonRejection(NotVerified, $"Not Verified with error: Hash mismatch between header body hash {headerSynapse.ComputedBodyHash} and parsed body hash {parsedHash}");
        }

        // The handler sees the verified header terminals, never the body's copies.
        synapse.Name = route.Name;
        synapse.Timeout = headerSynapse.Timeout;
        synapse.Dendrite = headerSynapse.Dendrite;
        synapse.Axon = headerSynapse.Axon;
        synapse.ComputedBodyHash = headerSynapse.ComputedBodyHash;
        if (route.Verify is not null)
        {
            try
            {
                await route.Verify(synapse, context.RequestAborted).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                throw new AxonRejection(NotVerified, $"Not Verified with error: {ex.Message}");
            }
        }

        if (!_nonces.TryAccept(nonceKey, synapse.Dendrite!.Nonce!.Value, out string? nonceError))
        {
            throw new AxonRejection(NotVerified, $"Not Verified with error: {nonceError}");
        }

        // 4. priority: advisory, as in upstream v10; a failing hook is upstream's PriorityException (503).
        if (route.Priority is not null)
        {
            try
            {
                _ = await route.Priority(synapse, context.RequestAborted).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                throw new AxonRejection(503, $"Priority function failed: {ex.Message}");
            }
        }

        // 5. forward, bounded by the request's timeout.
        using CancellationTokenSource deadline = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        deadline.CancelAfter(TimeSpan.FromSeconds(timeout));
        if (route.Stream is not null)
        {
            await StreamAsync(context, route, synapse, started, deadline.Token).ConfigureAwait(false);
            return;
        }

        Synapse result;
        try
        {
            result = await route.Forward!(synapse, deadline.Token).WaitAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !context.RequestAborted.IsCancellationRequested)
        {
            throw new AxonRejection(408, $"Response timeout after: {PythonStr.FloatRepr(timeout)}s");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            string errorId = Guid.CreateVersion7(_time.GetUtcNow()).ToString();
            LogForwardFailed(_logger, route.Name, errorId, ex);
            throw new AxonRejection(500, $"Internal Server Error #{errorId}");
        }

        // Whatever the handler returned, the terminals are the verified ones.
        result.Name = route.Name;
        result.Dendrite = synapse.Dendrite;
        result.Axon = synapse.Axon;
        result.Axon!.StatusCode = 200;
        result.Axon.StatusMessage = "Success";
        result.Axon.ProcessTime = _time.GetElapsedTime(started).TotalSeconds;
        await WriteResponseAsync(context, result, result.ToJsonBytes(), 200, isStream: false).ConfigureAwait(false);
    }

    // Returns the nonce key on success; the nonce itself is committed only after the body verifies.
    private string VerifyHeaders(Synapse synapse, double timeout)
    {
        TerminalInfo dendrite = synapse.Dendrite!;
        if (dendrite.Hotkey is null || !Ss58.TryDecode(dendrite.Hotkey, out byte[] callerKey, out _, out _))
        {
            throw new AxonRejection(NotVerified, "Not Verified with error: missing or invalid dendrite hotkey");
        }

        if (dendrite.Nonce is not { } nonce)
        {
            throw new AxonRejection(NotVerified, "Not Verified with error: Missing Nonce");
        }

        if (string.IsNullOrEmpty(dendrite.Signature))
        {
            throw new AxonRejection(NotVerified, "Not Verified with error: Missing signature (this axon requires signed requests)");
        }

        string key = _options.NonceScope == NonceScope.Hotkey ? dendrite.Hotkey : $"{dendrite.Hotkey}:{dendrite.Uuid}";
        long now = NowNs();
        long windowNs = _options.AllowedNonceDelta.Ticks * 100 + (long)(timeout * 1e9);
        long? last = _nonces.Last(key);
        if (last is null && nonce <= now - windowNs)
        {
            double diff = (now - nonce) / 1e9;
            double allowed = windowNs / 1e9;
            throw new AxonRejection(NotVerified, string.Create(CultureInfo.InvariantCulture,
                $"Not Verified with error: Nonce is too old: acceptable delta is {allowed:F2} seconds but request was {diff:F2} seconds old"));
        }

        if (last is { } previous && nonce <= previous)
        {
            throw new AxonRejection(NotVerified, "Not Verified with error: Nonce is too old, a newer one was last processed");
        }

        if (nonce > now + windowNs)
        {
            throw new AxonRejection(NotVerified, "Not Verified with error: Nonce is too far in the future (check the caller's clock)");
        }

        string message = SynapseSignatures.RequestMessage(nonce, dendrite.Hotkey, Hotkey, dendrite.Uuid, synapse.ComputedBodyHash);
        if (!SynapseSignatures.Verify(callerKey, Encoding.UTF8.GetBytes(message), dendrite.Signature))
        {
            throw new AxonRejection(NotVerified, $"Not Verified with error: Signature mismatch with {message} and {dendrite.Signature}");
        }

        return key;
    }

    private double EffectiveTimeout(double? requested)
    {
        double t = requested is { } r && double.IsFinite(r) && r > 0 ? r : Synapse.DefaultTimeoutSeconds;
        return Math.Min(t, _options.MaxTimeoutSeconds);
    }

    private async Task<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        long max = _options.MaxRequestBodyBytes;
        ArrayBufferWriter<byte> buffer = new(request.ContentLength is > 0 and var n && n <= max ? (int)n : 4096);
        try
        {
            while (true)
            {
                Memory<byte> memory = buffer.GetMemory(8192);
                int read = await request.Body.ReadAsync(memory, cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                buffer.Advance(read);
                if (buffer.WrittenCount > max)
                {
                    throw TooLarge();
                }
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw TooLarge();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private AxonRejection TooLarge() =>
        new(413, string.Create(CultureInfo.InvariantCulture, $"Request body too large: the limit is {_options.MaxRequestBodyBytes} bytes"));

    private async Task StreamAsync(HttpContext context, SynapseRoute route, Synapse synapse, long started, CancellationToken deadline)
    {
        IAsyncEnumerator<string> chunks = route.Stream!(synapse, deadline).GetAsyncEnumerator(deadline);
        await using (chunks.ConfigureAwait(false))
        {
            bool hasFirst;
            try
            {
                hasFirst = await chunks.MoveNextAsync().ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested && !context.RequestAborted.IsCancellationRequested)
            {
                throw new AxonRejection(408, $"Response timeout after: {PythonStr.FloatRepr(EffectiveTimeout(synapse.Timeout))}s");
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                string errorId = Guid.CreateVersion7(_time.GetUtcNow()).ToString();
                LogForwardFailed(_logger, route.Name, errorId, ex);
                throw new AxonRejection(500, $"Internal Server Error #{errorId}");
            }

            synapse.Axon!.StatusCode = 200;
            synapse.Axon.StatusMessage = "Success";
            synapse.Axon.ProcessTime = _time.GetElapsedTime(started).TotalSeconds;
            await WriteResponseAsync(context, synapse, null, 200, isStream: true).ConfigureAwait(false);
            if (!hasFirst)
            {
                return;
            }

            try
            {
                do
                {
                    await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(chunks.Current), context.RequestAborted).ConfigureAwait(false);
                    await context.Response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
                }
                while (await chunks.MoveNextAsync().ConfigureAwait(false));
            }
            catch (Exception ex) when (ex is not OperationCanceledException || deadline.IsCancellationRequested)
            {
                // Headers are gone already: a failing or timed-out stream just ends; the caller sees a short stream.
                LogStreamEnded(_logger, route.Name, ex.Message);
            }
        }
    }

    private Task WriteErrorAsync(HttpContext context, Synapse synapse, int status, string message, long started)
    {
        TerminalInfo axon = synapse.Axon ??= new TerminalInfo();
        axon.StatusCode = status;
        axon.StatusMessage = message;
        axon.ProcessTime = _time.GetElapsedTime(started).TotalSeconds;
        axon.Hotkey = Hotkey;
        axon.Uuid ??= Uuid;
        axon.Version ??= SdkVersion.AsInt;
        axon.Nonce ??= NextAxonNonce();
        ArrayBufferWriter<byte> json = new(message.Length + 16);
        using (Utf8JsonWriter writer = new(json, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("message", message);
            writer.WriteEndObject();
        }

        return WriteResponseAsync(context, synapse, json.WrittenSpan.ToArray(), status, isStream: false);
    }

    private async Task WriteResponseAsync(HttpContext context, Synapse synapse, byte[]? body, int status, bool isStream)
    {
        HttpResponse response = context.Response;
        if (response.HasStarted)
        {
            return;
        }

        TerminalInfo axon = synapse.Axon!;
        string digest = body is null ? SynapseSignatures.StreamBodyMarker : Sha3.Hex(body);
        axon.Signature = SynapseSignatures.Sign(_hotkey, SynapseSignatures.ResponseMessage(axon.Nonce, synapse.Dendrite?.Hotkey, Hotkey, axon.Uuid, synapse.Dendrite?.Nonce, digest));
        string bodyHash;
        try
        {
            bodyHash = synapse.ComputeBodyHash();
        }
        catch (NotSupportedException)
        {
            bodyHash = string.Empty;
        }

        response.StatusCode = status;
        foreach (KeyValuePair<string, string> header in SynapseHeaders.Build(synapse, body?.Length ?? 0, bodyHash, forResponse: true))
        {
            response.Headers[header.Key] = header.Value;
        }

        if (isStream)
        {
            response.ContentType = "text/event-stream";
            await response.StartAsync(context.RequestAborted).ConfigureAwait(false);
            return;
        }

        response.ContentType = "application/json";
        response.ContentLength = body!.Length;
        await response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
    }

    // For early errors: the caller's terminal fields let it verify the signed error response.
    private static Synapse BestEffortFromHeaders(HttpContext context, Synapse synapse)
    {
        try
        {
            SynapseHeaders.Apply(EnumerateHeaders(context.Request.Headers), synapse);
        }
        catch (FormatException)
        {
            synapse.Dendrite = new TerminalInfo();
            synapse.Axon = new TerminalInfo();
        }

        return synapse;
    }

    private static IEnumerable<KeyValuePair<string, string>> EnumerateHeaders(IHeaderDictionary headers)
    {
        foreach (KeyValuePair<string, StringValues> header in headers)
        {
            yield return new(header.Key, header.Value.ToString());
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Synapse {Synapse} handler failed (error #{ErrorId})")]
    private static partial void LogForwardFailed(ILogger logger, string synapse, string errorId, Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Synapse {Synapse} stream ended early: {Reason}")]
    private static partial void LogStreamEnded(ILogger logger, string synapse, string reason);
}
