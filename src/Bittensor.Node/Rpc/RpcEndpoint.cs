using System.Buffers;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bittensor.Node.Rpc;

/// <summary>
/// The one HTTP endpoint, on every path as Substrate serves it: a WebSocket upgrade starts a
/// <see cref="WebSocketRpcSession"/>; a POST is one JSON-RPC exchange (errors are still HTTP 200, as in jsonrpsee;
/// a body above the limit is 413, a non-JSON content type 415); <c>GET /health</c> answers <c>system_health</c>'s JSON
/// and <c>GET /health/readiness</c> 200, like Substrate's health proxy; anything else is 405.
/// </summary>
internal sealed class RpcEndpoint
{
    private const string JsonContentType = "application/json; charset=utf-8";

    private static long s_nextConnectionId;

    private readonly RpcDispatcher _dispatcher;
    private readonly RpcConnectionLimiter _limiter;
    private readonly RpcOptions _options;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly ILogger _logger;

    public RpcEndpoint(
        RpcDispatcher dispatcher, RpcConnectionLimiter limiter, IOptions<RpcOptions> options, IHostApplicationLifetime lifetime, ILogger<RpcEndpoint> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _dispatcher = dispatcher;
        _limiter = limiter;
        _options = options.Value;
        _lifetime = lifetime;
        _logger = logger;
    }

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.WebSockets.IsWebSocketRequest)
        {
            return ServeWebSocketAsync(context);
        }

        string method = context.Request.Method;
        if (HttpMethods.IsPost(method))
        {
            return ServeHttpAsync(context);
        }

        if (HttpMethods.IsGet(method) && context.Request.Path.Equals("/health", StringComparison.OrdinalIgnoreCase))
        {
            return ServeHealthAsync(context);
        }

        if (HttpMethods.IsGet(method) && context.Request.Path.Equals("/health/readiness", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
            return Task.CompletedTask;
        }

        context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        context.Response.Headers.Allow = "POST, GET";
        return Task.CompletedTask;
    }

    private async Task ServeWebSocketAsync(HttpContext context)
    {
        if (!_limiter.TryAcquire())
        {
            RpcLog.TooManyConnections(_logger, _limiter.Limit);
            await RefuseBusyAsync(context).ConfigureAwait(false);
            return;
        }

        try
        {
            using WebSocket socket = await context.WebSockets.AcceptWebSocketAsync(new WebSocketAcceptContext
            {
                KeepAliveInterval = TimeSpan.FromSeconds(30),
            }).ConfigureAwait(false);
            long id = Interlocked.Increment(ref s_nextConnectionId);
            RpcLog.ConnectionOpened(_logger, id, context.Connection.RemoteIpAddress);
            using var session = new WebSocketRpcSession(socket, id, _dispatcher, _options, _logger);
            await session.RunAsync(_lifetime.ApplicationStopping).ConfigureAwait(false);
        }
        finally
        {
            _limiter.Release();
        }
    }

    private async Task ServeHttpAsync(HttpContext context)
    {
        if (!IsJsonContentType(context.Request.ContentType))
        {
            context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            return;
        }

        if (!_limiter.TryAcquire())
        {
            RpcLog.TooManyConnections(_logger, _limiter.Limit);
            await RefuseBusyAsync(context).ConfigureAwait(false);
            return;
        }

        byte[]? rented = null;
        try
        {
            int limit = _options.MaxRequestBodyBytes;
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
            {
                // The limit below answers in JSON-RPC terms; Kestrel's own would only reset the request.
                sizeFeature.MaxRequestBodySize = null;
            }

            if (context.Request.ContentLength > limit)
            {
                await RefuseTooLargeAsync(context, limit).ConfigureAwait(false);
                return;
            }

            rented = ArrayPool<byte>.Shared.Rent((int)Math.Min(context.Request.ContentLength ?? 4096, limit) + 1);
            int length = 0;
            while (true)
            {
                if (length == rented.Length)
                {
                    byte[] larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)rented.Length * 2, limit + 1L));
                    rented.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(rented);
                    rented = larger;
                }

                int read = await context.Request.Body.ReadAsync(rented.AsMemory(length), context.RequestAborted).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                length += read;
                if (length > limit)
                {
                    await RefuseTooLargeAsync(context, limit).ConfigureAwait(false);
                    return;
                }
            }

            long id = Interlocked.Increment(ref s_nextConnectionId);
            RpcDispatchResult result = await _dispatcher.DispatchAsync(rented.AsMemory(0, length), new HttpRpcSession(id), context.RequestAborted).ConfigureAwait(false);
            context.Response.StatusCode = StatusCodes.Status200OK;
            if (result.Response is { } response)
            {
                context.Response.ContentType = JsonContentType;
                context.Response.ContentLength = response.Length;
                await context.Response.Body.WriteAsync(response, context.RequestAborted).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away.
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }

            _limiter.Release();
        }
    }

    private async Task ServeHealthAsync(HttpContext context)
    {
        if (!_dispatcher.Methods.TryGet("system_health", out RpcMethodEntry? entry) || entry.Call is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        long id = Interlocked.Increment(ref s_nextConnectionId);
        byte[] health = await entry.Call(RpcParams.None, new RpcCallContext("system_health", RpcTransport.Http, id, context.RequestAborted)).ConfigureAwait(false);
        context.Response.ContentType = JsonContentType;
        await context.Response.Body.WriteAsync(health, context.RequestAborted).ConfigureAwait(false);
    }

    private static async Task RefuseTooLargeAsync(HttpContext context, int limit)
    {
        byte[] body = RpcDispatcher.Write(RpcResponse.Failure(RpcId.Null, RpcErrors.OversizedRequest(limit)));
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        context.Response.ContentType = JsonContentType;
        // Tell Kestrel not to drain the rest of an oversized body.
        context.Response.Headers.Connection = "close";
        await context.Response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
    }

    private static Task RefuseBusyAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync("Too many connections. Please try again later.", context.RequestAborted);
    }

    /// <summary>jsonrpsee accepts application/json and application/json-rpc (any charset); a missing header is tolerated.</summary>
    internal static bool IsJsonContentType(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return true;
        }

        return MediaTypeHeaderValue.TryParse(contentType, out MediaTypeHeaderValue? parsed)
            && (string.Equals(parsed.MediaType, "application/json", StringComparison.OrdinalIgnoreCase)
                || string.Equals(parsed.MediaType, "application/json-rpc", StringComparison.OrdinalIgnoreCase));
    }
}
