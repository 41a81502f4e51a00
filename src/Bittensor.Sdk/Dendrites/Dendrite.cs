using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Bittensor.Core.Crypto;
using Bittensor.Sdk.Axons;
using Bittensor.Sdk.Internal;
using Bittensor.Sdk.Synapses;

namespace Bittensor.Sdk.Dendrites;

/// <summary>
/// The synapse client (bittensor/core/dendrite.py): signs each request with the hotkey, sends it to one or many
/// axons concurrently over one pooled HTTP client, enforces a total timeout per call, verifies the axon's response
/// signature, and maps failures to upstream's status codes (408 timeout, 503 unavailable, 500 client error, 422
/// unparsable response; 502 for a response whose signature does not verify, which upstream never checks).
/// </summary>
public sealed class Dendrite : IDisposable
{
    private readonly KeyPair _hotkey;
    private readonly DendriteOptions _options;
    private readonly TimeProvider _time;
    private readonly HttpClient _http;
    private long _lastNonce;

    /// <summary>Creates a dendrite that signs with <paramref name="hotkey"/>.</summary>
    /// <param name="hotkey">The caller's hotkey.</param>
    /// <param name="options">Settings; defaults when null.</param>
    /// <param name="timeProvider">Clock for nonces and process times; the system clock when null.</param>
    /// <param name="handler">HTTP handler to use instead of the built-in pooled one (tests, proxies); the dendrite disposes it.</param>
    public Dendrite(KeyPair hotkey, DendriteOptions? options = null, TimeProvider? timeProvider = null, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(hotkey);
        _hotkey = hotkey;
        _options = options ?? new DendriteOptions();
        _time = timeProvider ?? TimeProvider.System;
        handler ??= new SocketsHttpHandler
        {
            UseProxy = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            PooledConnectionLifetime = _options.PooledConnectionLifetime,
            MaxConnectionsPerServer = _options.MaxConnectionsPerServer,
        };
        _http = new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        Hotkey = hotkey.ToSs58();
        Uuid = Guid.CreateVersion7(_time.GetUtcNow()).ToString();
    }

    /// <summary>SS58 address of the signing hotkey.</summary>
    public string Hotkey { get; }

    /// <summary>This dendrite's id (<c>bt_header_dendrite_uuid</c>).</summary>
    public string Uuid { get; }

    /// <summary>
    /// Sends <paramref name="synapse"/> to one axon. On HTTP 200 returns the server's synapse (a new instance, with
    /// <see cref="Synapse.RestoreFrozenFieldsFrom"/> applied); otherwise returns <paramref name="synapse"/> itself with
    /// the failure in <c>Dendrite.StatusCode/StatusMessage</c>. Only the caller's cancellation throws.
    /// </summary>
    public async Task<T> CallAsync<T>(AxonInfo target, T synapse, double? timeoutSeconds = null, CancellationToken cancellationToken = default)
        where T : Synapse
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(synapse);
        double timeout = timeoutSeconds ?? _options.DefaultTimeoutSeconds;
        long started = _time.GetTimestamp();
        PreparedRequest request = Prepare(target, synapse, timeout);
        using CancellationTokenSource deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(timeout));
        T result = synapse;
        try
        {
            using HttpRequestMessage message = request.ToMessage();
            using HttpResponseMessage response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, deadline.Token).ConfigureAwait(false);
            byte[] body = await ReadBoundedAsync(response.Content, _options.MaxResponseBytes, deadline.Token).ConfigureAwait(false);
            result = ProcessResponse(target, synapse, response, body, isStream: false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            SetFailure(synapse, 408, $"Request timeout after {PythonStr.FloatRepr(timeout)} seconds");
        }
        catch (Exception ex) when (ex is HttpRequestException or DendriteFailure or IOException)
        {
            (int status, string text) = Map(ex, target, request.Name);
            SetFailure(synapse, status, text);
        }

        result.Dendrite ??= new TerminalInfo();
        result.Dendrite.ProcessTime = _time.GetElapsedTime(started).TotalSeconds;
        return result;
    }

    /// <summary>Sends a copy of <paramref name="synapse"/> to every target concurrently; results are in target order.</summary>
    public Task<T[]> ForwardAsync<T>(IReadOnlyList<AxonInfo> targets, T synapse, double? timeoutSeconds = null, CancellationToken cancellationToken = default)
        where T : Synapse
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(synapse);
        Task<T>[] calls = new Task<T>[targets.Count];
        for (int i = 0; i < calls.Length; i++)
        {
            calls[i] = CallAsync(targets[i], (T)synapse.CloneSynapse(), timeoutSeconds, cancellationToken);
        }

        return Task.WhenAll(calls);
    }

    /// <summary>
    /// Streams a call (upstream <c>call_stream</c>): yields each body chunk as it arrives, then a final item with the
    /// synapse (status and terminals from the response headers, or the failure). The timeout covers the whole stream.
    /// </summary>
    public async IAsyncEnumerable<SynapseStreamItem<T>> StreamAsync<T>(AxonInfo target, T synapse, double? timeoutSeconds = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        where T : Synapse
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(synapse);
        double timeout = timeoutSeconds ?? _options.DefaultTimeoutSeconds;
        long started = _time.GetTimestamp();
        PreparedRequest request = Prepare(target, synapse, timeout);
        using CancellationTokenSource deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(timeout));
        using HttpRequestMessage message = request.ToMessage();
        StreamState<T> state = new(this, target, synapse, timeout, request.Name, cancellationToken);
        await state.StartAsync(message, deadline.Token).ConfigureAwait(false);
        try
        {
            byte[] buffer = new byte[8192];
            while (state.Body is not null)
            {
                int read = await state.ReadAsync(buffer, deadline.Token).ConfigureAwait(false);
                if (read <= 0)
                {
                    break;
                }

                yield return new SynapseStreamItem<T>(buffer.AsSpan(0, read).ToArray(), null);
            }
        }
        finally
        {
            state.Dispose();
        }

        T final = state.Result;
        final.Dendrite ??= new TerminalInfo();
        final.Dendrite.ProcessTime = _time.GetElapsedTime(started).TotalSeconds;
        yield return new SynapseStreamItem<T>(ReadOnlyMemory<byte>.Empty, final);
    }

    /// <inheritdoc/>
    public void Dispose() => _http.Dispose();

    private PreparedRequest Prepare(AxonInfo target, Synapse synapse, double timeout)
    {
        synapse.EnsureJsonTypeInfo();
        string name = synapse.SynapseName;
        synapse.Name = name;
        synapse.Timeout = timeout;
        synapse.Dendrite = new TerminalInfo
        {
            Ip = _options.ExternalIp,
            Version = SdkVersion.AsInt,
            Nonce = NextNonce(),
            Uuid = Uuid,
            Hotkey = Hotkey,
        };
        synapse.Axon = new TerminalInfo { Ip = target.Ip, Port = target.Port, Hotkey = target.Hotkey };
        string bodyHash = synapse.ComputeBodyHash();
        synapse.Dendrite.Signature = SynapseSignatures.Sign(_hotkey, SynapseSignatures.RequestMessage(synapse.Dendrite.Nonce, Hotkey, target.Hotkey, Uuid, bodyHash));
        byte[] body = synapse.ToJsonBytes();
        List<KeyValuePair<string, string>> headers = SynapseHeaders.Build(synapse, body.Length, bodyHash);
        string baseAddress = _options.ExternalIp is not null && target.Ip == _options.ExternalIp
            ? $"http://127.0.0.1:{target.Port}"
            : target.BaseAddress;
        return new PreparedRequest(new Uri($"{baseAddress}/{name}"), name, body, headers);
    }

    private T ProcessResponse<T>(AxonInfo target, T request, HttpResponseMessage response, byte[]? body, bool isStream)
        where T : Synapse
    {
        Synapse fromHeaders = new();
        try
        {
            SynapseHeaders.Apply(ResponseHeaders(response), fromHeaders);
        }
        catch (FormatException ex)
        {
            throw new DendriteFailure(422, $"Failed to parse response: {ex.Message}");
        }

        VerifyResponseSignature(target, request, fromHeaders.Axon!, body, isStream);
        int status = (int)response.StatusCode;
        T result = request;
        if (status == 200 && !isStream)
        {
            try
            {
                result = (T)(JsonSerializer.Deserialize(body, request.JsonTypeInfo) ?? throw new JsonException("response body is JSON null"));
            }
            catch (Exception ex) when (ex is JsonException or InvalidCastException)
            {
                throw new DendriteFailure(422, $"Failed to parse response: {ex.Message}");
            }

            result.Name = request.Name;
            result.Timeout = request.Timeout;
            result.ComputedBodyHash = request.ComputedBodyHash;
            result.RestoreFrozenFieldsFrom(request);
        }
        else if (status != 200)
        {
            result.Axon ??= new TerminalInfo();
            result.Axon.StatusCode = status;
            result.Axon.StatusMessage = ErrorMessage(body);
        }

        (result.Dendrite ??= new TerminalInfo()).MergeFrom(fromHeaders.Dendrite);
        (result.Axon ??= new TerminalInfo()).MergeFrom(fromHeaders.Axon);
        if (isStream && status == 200)
        {
            result.Axon.StatusCode ??= 200;
        }

        result.Dendrite.StatusCode = result.Axon.StatusCode;
        result.Dendrite.StatusMessage = result.Axon.StatusMessage;
        return result;
    }

    private void VerifyResponseSignature(AxonInfo target, Synapse request, TerminalInfo axon, byte[]? body, bool isStream)
    {
        if (_options.ResponseVerification == ResponseVerification.None)
        {
            return;
        }

        if (axon.Signature is null)
        {
            if (_options.ResponseVerification == ResponseVerification.Required)
            {
                throw new DendriteFailure(502, "Response signature verification failed: the axon did not sign its response");
            }

            return;
        }

        string digest = isStream ? SynapseSignatures.StreamBodyMarker : Sha3.Hex(body ?? []);
        string message = SynapseSignatures.ResponseMessage(axon.Nonce, request.Dendrite?.Hotkey, target.Hotkey, axon.Uuid, request.Dendrite?.Nonce, digest);
        if (SynapseSignatures.Verify(target.Hotkey, message, axon.Signature))
        {
            return;
        }

        if (_options.ResponseVerification == ResponseVerification.IfPresent
            && SynapseSignatures.Verify(target.Hotkey, SynapseSignatures.LegacyResponseMessage(axon.Nonce, request.Dendrite?.Hotkey, target.Hotkey, axon.Uuid), axon.Signature))
        {
            return;
        }

        throw new DendriteFailure(502, $"Response signature verification failed: not signed by {target.Hotkey} over this response");
    }

    private static string? ErrorMessage(byte[]? body)
    {
        if (body is null || body.Length == 0)
        {
            return null;
        }

        try
        {
            using JsonDocument document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("message", out JsonElement m)
                ? m.ValueKind == JsonValueKind.String ? m.GetString() : m.GetRawText()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void SetFailure(Synapse synapse, int status, string message)
    {
        TerminalInfo dendrite = synapse.Dendrite ??= new TerminalInfo();
        dendrite.StatusCode = status;
        dendrite.StatusMessage = message;
    }

    private static (int Status, string Message) Map(Exception ex, AxonInfo target, string name) => ex switch
    {
        DendriteFailure failure => (failure.StatusCode, failure.Message),
        HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError }
            => (503, $"Service unavailable at {target.Ip}:{target.Port}/{name}"),
        HttpRequestException { HttpRequestError: HttpRequestError.ResponseEnded } => (503, $"Service disconnected: {ex.Message}"),
        HttpRequestException { HttpRequestError: HttpRequestError.InvalidResponse } => (400, $"Payload error: {ex.Message}"),
        IOException => (503, $"Service disconnected: {ex.Message}"),
        _ => (500, $"Client error: {ex.Message}"),
    };

    private static IEnumerable<KeyValuePair<string, string>> ResponseHeaders(HttpResponseMessage response)
    {
        foreach (KeyValuePair<string, IEnumerable<string>> header in response.Headers)
        {
            yield return new(header.Key, string.Join(',', header.Value));
        }
    }

    private static async Task<byte[]> ReadBoundedAsync(HttpContent content, int max, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > max)
        {
            throw new DendriteFailure(422, $"Failed to parse response: the response is larger than {max} bytes");
        }

        Stream stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using MemoryStream buffer = new();
            byte[] chunk = new byte[16384];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > max)
                {
                    throw new DendriteFailure(422, $"Failed to parse response: the response is larger than {max} bytes");
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
    }

    private long NextNonce()
    {
        long now = (_time.GetUtcNow() - DateTimeOffset.UnixEpoch).Ticks * 100;
        while (true)
        {
            long last = Interlocked.Read(ref _lastNonce);
            long next = Math.Max(now, last + 1);
            if (Interlocked.CompareExchange(ref _lastNonce, next, last) == last)
            {
                return next;
            }
        }
    }

    private sealed record PreparedRequest(Uri Url, string Name, byte[] Body, List<KeyValuePair<string, string>> Headers)
    {
        public HttpRequestMessage ToMessage()
        {
            HttpRequestMessage message = new(HttpMethod.Post, Url) { Version = HttpVersion.Version11 };
            ByteArrayContent content = new(Body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            message.Content = content;
            foreach ((string key, string value) in Headers)
            {
                message.Headers.TryAddWithoutValidation(key, value);
            }

            return message;
        }
    }

    // The state of one streamed call; its methods never throw except for the caller's own cancellation.
    private sealed class StreamState<T>(Dendrite owner, AxonInfo target, T request, double timeout, string name, CancellationToken callerToken) : IDisposable
        where T : Synapse
    {
        private HttpResponseMessage? _response;

        public Stream? Body { get; private set; }

        public T Result { get; private set; } = null!;

        public async Task StartAsync(HttpRequestMessage message, CancellationToken token)
        {
            Result = request;
            try
            {
                _response = await owner._http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false);
                if (_response.StatusCode != HttpStatusCode.OK)
                {
                    byte[] body = await ReadBoundedAsync(_response.Content, owner._options.MaxResponseBytes, token).ConfigureAwait(false);
                    Result = owner.ProcessResponse(target, request, _response, body, isStream: false);
                    return;
                }

                Result = owner.ProcessResponse(target, request, _response, null, isStream: true);
                Body = await _response.Content.ReadAsStreamAsync(token).ConfigureAwait(false);
            }
            catch (Exception ex) when (Fail(ex))
            {
            }
        }

        public async Task<int> ReadAsync(byte[] buffer, CancellationToken token)
        {
            try
            {
                return await Body!.ReadAsync(buffer, token).ConfigureAwait(false);
            }
            catch (Exception ex) when (Fail(ex))
            {
                Body = null;
                return 0;
            }
        }

        public void Dispose()
        {
            Body?.Dispose();
            _response?.Dispose();
        }

        // Records a failure as a status; false (rethrow) only for the caller's own cancellation.
        private bool Fail(Exception ex)
        {
            if (ex is OperationCanceledException)
            {
                if (callerToken.IsCancellationRequested)
                {
                    return false;
                }

                SetFailure(Result, 408, $"Request timeout after {PythonStr.FloatRepr(timeout)} seconds");
                return true;
            }

            if (ex is HttpRequestException or DendriteFailure or IOException)
            {
                (int status, string text) = Map(ex, target, name);
                SetFailure(Result, status, text);
                return true;
            }

            return false;
        }
    }
}
