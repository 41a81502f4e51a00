using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Bittensor.Node.Tests.Infrastructure;

/// <summary>A WebSocket JSON-RPC client for tests; every wait is bounded.</summary>
internal sealed class TestWebSocket : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private readonly ClientWebSocket _socket;

    private TestWebSocket(ClientWebSocket socket) => _socket = socket;

    public WebSocketState State => _socket.State;

    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    public static async Task<TestWebSocket> ConnectAsync(Uri uri)
    {
        var socket = new ClientWebSocket();
        using var timeout = new CancellationTokenSource(Timeout);
        await socket.ConnectAsync(uri, timeout.Token);
        return new TestWebSocket(socket);
    }

    public async Task SendAsync(string text)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        await _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, timeout.Token);
    }

    public Task SendAsync(string method, object id, string paramsJson = "[]") =>
        SendAsync($$"""{"jsonrpc":"2.0","id":{{JsonSerializer.Serialize(id)}},"method":"{{method}}","params":{{paramsJson}}}""");

    /// <summary>The next text message, or null when the server closed the socket.</summary>
    public async Task<string?> ReceiveAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? Timeout);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            WebSocketReceiveResult result = await _socket.ReceiveAsync(buffer, cts.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return Encoding.UTF8.GetString(message.ToArray());
            }
        }
    }

    public async Task<JsonElement> ReceiveJsonAsync()
    {
        string text = await ReceiveAsync() ?? throw new InvalidOperationException("the server closed the socket");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Calls a method and returns its response (messages before it must not exist: fails if one arrives).</summary>
    public async Task<JsonElement> CallAsync(string method, string paramsJson = "[]", int id = 1)
    {
        await SendAsync(method, id, paramsJson);
        JsonElement response = await ReceiveJsonAsync();
        Assert.Equal(id, response.GetProperty("id").GetInt32());
        return response;
    }

    /// <summary>True when nothing arrives within <paramref name="wait"/>. Terminal: a cancelled receive aborts the socket.</summary>
    public async Task<bool> IsQuietAsync(TimeSpan wait)
    {
        try
        {
            string? message = await ReceiveAsync(wait);
            Assert.Fail($"unexpected message: {message}");
            return false;
        }
        catch (OperationCanceledException)
        {
            return true;
        }
    }

    public async Task CloseAsync()
    {
        using var timeout = new CancellationTokenSource(Timeout);
        await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", timeout.Token);
    }

    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        return ValueTask.CompletedTask;
    }
}
