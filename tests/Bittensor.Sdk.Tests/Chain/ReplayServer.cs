using System.Collections.Concurrent;
using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bittensor.Sdk.Tests.Chain;

/// <summary>
/// A real JSON-RPC WebSocket server on 127.0.0.1 (free port) that answers from one SDK-method section of
/// recorded-rpc.json, honouring <c>__cycle__</c> (successive identical requests walk the list, the last repeats).
/// Matching is exact on method and params after canonicalisation the node itself applies: method aliases
/// (state_getStorage = state_getStorageAt, chain_getBlockHash() = chain_getHead), trailing null params dropped, hex
/// compared without <c>0x</c> and case-insensitively. Metadata requests not in the section are served from the
/// shipped metadata files (upstream's tests serve them from separate fixtures too). Anything else is answered with
/// error -32601 "not recorded", and <see cref="Unmatched"/> lists it. <see cref="Override"/> lets a test script answers.
/// </summary>
internal sealed class ReplayServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Dictionary<string, List<JsonNode?>> _answers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _served = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<WebSocket> _sockets = [];

    private ReplayServer(WebApplication app, JsonObject? section)
    {
        _app = app;
        if (section is not null)
        {
            foreach ((string method, JsonNode? byParams) in section)
            {
                foreach ((string paramsText, JsonNode? response) in byParams!.AsObject())
                {
                    JsonNode? parsed = JsonNode.Parse(paramsText);
                    string key = Key(method, parsed as JsonArray ?? []);
                    List<JsonNode?> answers = response is JsonObject o && o["__cycle__"] is JsonArray cycle ? [.. cycle] : [response];
                    _answers[key] = answers;
                }
            }
        }
    }

    public Uri Endpoint { get; private set; } = null!;

    /// <summary>Requests that had no recorded answer (method + canonical params).</summary>
    public ConcurrentQueue<string> Unmatched { get; } = new();

    /// <summary>Every request received, in order (method + canonical params).</summary>
    public ConcurrentQueue<string> Received { get; } = new();

    /// <summary>When set and returning non-null, answers a request instead of the recording (a full response object without id).</summary>
    public Func<string, JsonArray, JsonObject?>? Override { get; set; }

    /// <summary>Notifications (full JSON-RPC messages) to push after answering a request, e.g. extrinsic status updates.</summary>
    public Func<string, JsonArray, JsonObject, IEnumerable<JsonObject>>? Notifications { get; set; }

    /// <summary>Sends a request's <see cref="Notifications"/> before its answer instead of after (a node that is quicker with them).</summary>
    public bool NotificationsFirst { get; set; }

    /// <summary>Metadata served for Metadata_metadata_at_version(15) / state_getMetadata when the section has none; null disables.</summary>
    public (string V15Hex, string V14Hex)? Metadata { get; set; }

    public static async Task<ReplayServer> StartAsync(JsonObject? section)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        WebApplication app = builder.Build();
        ReplayServer server = new(app, section);
        app.UseWebSockets();
        app.Run(server.HandleAsync);
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Endpoint = new Uri(address.Replace("http://", "ws://", StringComparison.Ordinal));
        return server;
    }

    /// <summary>Aborts every open connection (the client sees the socket drop).</summary>
    public void DropConnections()
    {
        foreach (WebSocket socket in _sockets)
        {
            socket.Abort();
        }
    }

    public async ValueTask DisposeAsync()
    {
        DropConnections();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    internal static string Key(string method, JsonArray parameters)
    {
        string canonicalMethod = method switch
        {
            "state_getStorageAt" => "state_getStorage",
            "chain_getHead" => "chain_getBlockHash",
            "account_nextIndex" => "system_accountNextIndex",
            "state_callAt" => "state_call",
            _ => method,
        };

        List<string> items = [.. parameters.Select(Canonical)];
        while (items.Count > 0 && items[^1] == "null")
        {
            items.RemoveAt(items.Count - 1);
        }

        return canonicalMethod + "(" + string.Join(",", items) + ")";
    }

    private static string Canonical(JsonNode? node)
    {
        if (node is JsonValue v && v.TryGetValue(out string? s))
        {
            string hex = s.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? s[2..] : s;
            bool isHex = hex.Length % 2 == 0 && hex.All(Uri.IsHexDigit);
            return isHex ? "hex:" + hex.ToLowerInvariant() : JsonSerializer.Serialize(s);
        }

        return node is JsonArray a ? "[" + string.Join(",", a.Select(Canonical)) + "]" : node?.ToJsonString() ?? "null";
    }

    private async Task HandleAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }

        using WebSocket socket = await context.WebSockets.AcceptWebSocketAsync();
        _sockets.Add(socket);
        byte[] buffer = new byte[1 << 20];
        SemaphoreSlim sendLock = new(1, 1);
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                using MemoryStream message = new();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, context.RequestAborted);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        return;
                    }

                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                JsonObject request = JsonNode.Parse(message.ToArray())!.AsObject();
                JsonNode? id = request["id"]?.DeepClone();
                string method = request["method"]!.GetValue<string>();
                JsonArray parameters = request["params"] as JsonArray ?? [];
                JsonObject response = Answer(method, parameters);
                response.Remove("id");
                response["jsonrpc"] = "2.0";
                response["id"] = id;
                List<JsonObject> notes = [.. Notifications?.Invoke(method, parameters, response) ?? []];
                List<JsonObject> outgoing = NotificationsFirst ? [.. notes, response] : [response, .. notes];
                await sendLock.WaitAsync();
                try
                {
                    foreach (JsonObject item in outgoing)
                    {
                        await socket.SendAsync(Encoding.UTF8.GetBytes(item.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);
                    }
                }
                finally
                {
                    sendLock.Release();
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // The test dropped the connection (DropConnections) or the client went away.
            _ = e;
        }
    }

    private JsonObject Answer(string method, JsonArray parameters)
    {
        string key = Key(method, parameters);
        Received.Enqueue(key);
        if (Override?.Invoke(method, parameters) is JsonObject scripted)
        {
            return scripted;
        }

        if (_answers.TryGetValue(key, out List<JsonNode?>? answers))
        {
            int index = _served.AddOrUpdate(key, 0, (_, n) => n + 1);
            return (JsonObject)answers[Math.Min(index, answers.Count - 1)]!.DeepClone();
        }

        if (Metadata is (string v15, string v14))
        {
            if (key == Key("state_call", ["Metadata_metadata_at_version", "0x0f000000"]) || (method == "state_call" && key.StartsWith(Key("state_call", ["Metadata_metadata_at_version", "0x0f000000"])[..^1] + ",", StringComparison.Ordinal)))
            {
                return new JsonObject { ["result"] = v15 };
            }

            if (method == "state_getMetadata")
            {
                return new JsonObject { ["result"] = v14 };
            }
        }

        Unmatched.Enqueue(key);
        return new JsonObject { ["error"] = new JsonObject { ["code"] = -32601, ["message"] = $"not recorded: {key}" } };
    }
}
