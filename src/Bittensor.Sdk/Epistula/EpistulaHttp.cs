using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Bittensor.Sdk.Epistula;

/// <summary>ASP.NET Core integration: verify Epistula requests in a handler or as middleware.</summary>
public static class EpistulaHttp
{
    /// <summary>Key under which the middleware stores the <see cref="EpistulaVerification"/> in <see cref="HttpContext.Items"/>.</summary>
    public const string ItemKey = "Bittensor.Epistula";

    /// <summary>
    /// Reads the body (at most <paramref name="maxBodyBytes"/>; it stays readable for the endpoint) and verifies the
    /// request. A body over the limit fails verification.
    /// </summary>
    public static async Task<EpistulaVerification> VerifyAsync(HttpContext context, EpistulaVerifier verifier, long maxBodyBytes = 4 * 1024 * 1024)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(verifier);
        HttpRequest request = context.Request;
        if (request.ContentLength > maxBodyBytes)
        {
            return EpistulaVerification.Fail($"Request body too large: the limit is {maxBodyBytes} bytes");
        }

        request.EnableBuffering();
        ArrayBufferWriter<byte> buffer = new();
        while (true)
        {
            int read = await request.Body.ReadAsync(buffer.GetMemory(8192), context.RequestAborted).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > maxBodyBytes)
            {
                return EpistulaVerification.Fail($"Request body too large: the limit is {maxBodyBytes} bytes");
            }
        }

        request.Body.Position = 0;
        IHeaderDictionary headers = request.Headers;
        return verifier.Verify(name => headers.TryGetValue(name, out Microsoft.Extensions.Primitives.StringValues v) ? v.ToString() : null, buffer.WrittenSpan);
    }

    /// <summary>
    /// Middleware that verifies every request matching <paramref name="appliesTo"/> (all when null): failures get
    /// 401 <c>{"message": error}</c>; successes continue with the result in <see cref="HttpContext.Items"/>[<see cref="ItemKey"/>].
    /// </summary>
    public static IApplicationBuilder UseEpistula(this IApplicationBuilder app, EpistulaVerifier verifier, Func<HttpContext, bool>? appliesTo = null, long maxBodyBytes = 4 * 1024 * 1024)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(verifier);
        return app.Use(async (context, next) =>
        {
            if (appliesTo is not null && !appliesTo(context))
            {
                await next(context).ConfigureAwait(false);
                return;
            }

            EpistulaVerification result = await VerifyAsync(context, verifier, maxBodyBytes).ConfigureAwait(false);
            if (!result.IsValid)
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                context.Response.ContentType = "application/json";
                ArrayBufferWriter<byte> json = new();
                using (Utf8JsonWriter writer = new(json))
                {
                    writer.WriteStartObject();
                    writer.WriteString("message", result.Error);
                    writer.WriteEndObject();
                }

                await context.Response.Body.WriteAsync(json.WrittenMemory, context.RequestAborted).ConfigureAwait(false);
                return;
            }

            context.Items[ItemKey] = result;
            await next(context).ConfigureAwait(false);
        });
    }
}
